package app.lectern.authoring.ui;

import app.lectern.authoring.DraftReport;
import app.lectern.content.load.ContentProblem;
import app.lectern.lint.LintWarning;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.IntConsumer;

/**
 * A draft's problems and lint warnings with the messages of {@code validate --lint}, each at its line and column;
 * choosing one can move the YAML editor there.
 */
final class ProblemList extends Div {

    private final IntConsumer goToLine;

    ProblemList(IntConsumer goToLine) {
        this.goToLine = goToLine;
        addClassName("draft-problems");
        setId("draft-problems");
    }

    void show(DraftReport report) {
        removeAll();
        if (report.problems().isEmpty()) {
            Paragraph ok = new Paragraph(getTranslation("authoring.problems.none"));
            ok.setId("no-problems");
            add(ok);
        } else {
            add(new H2(getTranslation(
                    "authoring.problems.heading", report.problems().size())));
            add(new Paragraph(getTranslation("authoring.problems.help")));
            OrderedList list = new OrderedList();
            list.addClassName("problem-list");
            for (ContentProblem p : report.problems()) {
                list.add(item(p.line(), p.column(), p.path(), p.message()));
            }
            add(list);
        }
        if (!report.warnings().isEmpty()) {
            add(new H2(getTranslation(
                    "authoring.warnings.heading", report.warnings().size())));
            add(new Paragraph(getTranslation("authoring.warnings.help")));
            OrderedList list = new OrderedList();
            list.addClassName("problem-list");
            list.addClassName("lint-list");
            for (LintWarning w : report.warnings()) {
                list.add(item(w.line(), w.column(), w.path(), w.message() + " [" + w.rule() + "]"));
            }
            add(list);
        }
        if (!report.notes().isEmpty()) {
            OrderedList notes = new OrderedList();
            notes.addClassName("lint-notes");
            report.notes().forEach(n -> notes.add(new ListItem(n)));
            add(new H2(getTranslation("authoring.notes.heading")), notes);
        }
    }

    private ListItem item(int line, int column, String path, String message) {
        ListItem item = new ListItem();
        com.vaadin.flow.component.html.NativeButton at =
                new com.vaadin.flow.component.html.NativeButton(getTranslation("authoring.problems.at", line, column));
        at.addClassName("problem-at");
        at.addClickListener(e -> goToLine.accept(line));
        item.add(at, new com.vaadin.flow.component.html.Span(" " + (path.isEmpty() ? "" : path + ": ") + message));
        return item;
    }
}
