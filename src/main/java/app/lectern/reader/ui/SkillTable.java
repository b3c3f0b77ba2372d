package app.lectern.reader.ui;

import app.lectern.content.Skill;
import app.lectern.reader.Formats;
import app.lectern.scoring.ModuleResult;
import app.lectern.scoring.SkillTotal;
import app.lectern.ui.TableScroll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

/** A learner's points per skill as an accessible table with bars, on results pages. */
public final class SkillTable {

    private SkillTable() {}

    /** The table with its heading, texts translated for {@code view}. */
    public static Component of(Component view, ModuleResult result) {
        Div box = new Div();
        box.addClassName("skills");
        H2 heading = new H2(view.getTranslation("summary.skills"));
        heading.setId("skills-heading");
        NativeTable table = new NativeTable();
        table.addClassName("skill-table");
        table.getElement().setAttribute("aria-labelledby", "skills-heading");
        NativeTableRow headRow = table.getHead().addRow();
        headRow.addHeaderCell().setText(view.getTranslation("summary.skill"));
        headRow.addHeaderCell().setText(view.getTranslation("summary.skill.points"));
        headRow.addHeaderCell().setText(view.getTranslation("summary.skill.answered"));
        headRow.addHeaderCell().setText(view.getTranslation("summary.skill.share"));
        headRow.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        NativeTableBody body = table.getBody();
        for (Skill skill : Skill.values()) {
            SkillTotal total = result.bySkill().get(skill);
            NativeTableRow row = body.addRow();
            var name = row.addHeaderCell();
            name.setText(view.getTranslation("skill." + skill.key()));
            name.getElement().setAttribute("scope", "row");
            if (total == null || total.questions() == 0) {
                row.addDataCell().setText(view.getTranslation("summary.skill.none"));
                row.addDataCell().setText("–");
                row.addDataCell().setText("–");
                continue;
            }
            row.addDataCell()
                    .setText(view.getTranslation(
                            "summary.skill.of", Formats.points(total.points()), Formats.points(total.maxPoints())));
            row.addDataCell().setText(view.getTranslation("summary.skill.of", total.answered(), total.questions()));
            double fraction = total.maxPoints() > 0 ? total.points() / total.maxPoints() : 0;
            long p = Formats.percent(fraction);
            Span fill = new Span();
            fill.addClassName("skill-bar-fill");
            fill.getStyle().set("width", p + "%");
            Span track = new Span(fill);
            track.addClassName("skill-bar");
            track.getElement().setAttribute("aria-hidden", "true");
            Span number = new Span(p + "%");
            number.addClassName("skill-percent");
            row.addDataCell().add(track, number);
        }
        box.add(heading, TableScroll.of(table, view.getTranslation("summary.skills.table")));
        return box;
    }
}
