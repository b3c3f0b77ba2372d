package app.lectern.classroom.ui;

import app.lectern.classroom.Assignment;
import app.lectern.classroom.TeacherPageLinks;
import app.lectern.classroom.gradebook.ActiveTime;
import app.lectern.classroom.gradebook.CsvExport;
import app.lectern.classroom.gradebook.Gradebook;
import app.lectern.classroom.gradebook.GradebookCell;
import app.lectern.classroom.gradebook.GradebookColumn;
import app.lectern.classroom.gradebook.GradebookRow;
import app.lectern.classroom.gradebook.GradebookService;
import app.lectern.classroom.gradebook.GradebookSort;
import app.lectern.classroom.gradebook.GradebookSummary;
import app.lectern.classroom.gradebook.ItemAnalysis;
import app.lectern.classroom.gradebook.ScoreBucket;
import app.lectern.classroom.gradebook.SkillMastery;
import app.lectern.content.Skill;
import app.lectern.scoring.SkillTotal;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import app.lectern.ui.TableScroll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code /teach/assignments/<id>}: the gradebook of one assignment for the teacher of its class: headline numbers,
 * the score distribution as a chart (server-rendered SVG with its numbers in a table), one lazily loaded row per
 * student with a column per question, the analysis of every question, mastery per skill and a CSV download.
 * Another teacher's assignment and an unknown id look the same: not found.
 */
@Route(value = "teach/assignments/:" + GradebookView.ASSIGNMENT_ID + NotFoundView.ID, layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class GradebookView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter holding the assignment id. */
    static final String ASSIGNMENT_ID = "assignmentId";

    private final GradebookService gradebooks;
    private final ObjectProvider<TeacherPageLinks> pageLinks;
    private Gradebook book;

    /** Creates the view; its content is built when the assignment is known. */
    public GradebookView(GradebookService gradebooks, ObjectProvider<TeacherPageLinks> pageLinks) {
        this.gradebooks = gradebooks;
        this.pageLinks = pageLinks;
        addClassName("lectern-page");
        addClassName("gradebook");
    }

    /** The address of an assignment's gradebook, e.g. {@code teach/assignments/7}. */
    static RouteParameters params(long assignmentId) {
        return new RouteParameters(ASSIGNMENT_ID, String.valueOf(assignmentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = ClassroomUi.id(event, ASSIGNMENT_ID);
        book = NotFoundView.orNotFound(() -> gradebooks.gradebook(id), getTranslation("classroom.gradebook.notfound"));
        render();
    }

    private void render() {
        removeAll();
        Assignment a = book.assignment();
        RouterLink back = new RouterLink(
                getTranslation("classroom.gradebook.back", a.className()),
                ClassView.class,
                new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(a.classId())));
        back.setId("back-to-class");
        add(back);
        add(new H1(a.title()));
        Paragraph meta = new Paragraph(getTranslation(
                "classroom.gradebook.meta",
                a.className(),
                ClassroomUi.format(this, a.opensAt(), a.zone()),
                ClassroomUi.format(this, a.dueAt(), a.zone())));
        meta.addClassName("gradebook-meta");
        add(meta);
        add(summarySection(), chartSection(), gridSection(), itemsSection(), skillsSection());
    }

    // ---- summary and actions ----

    private Section summarySection() {
        Section section = section("summary", getTranslation("classroom.gradebook.summary.heading"));
        GradebookSummary s = book.summary();
        DescriptionList numbers = new DescriptionList();
        numbers.setId("summary-numbers");
        numbers.addClassName("gradebook-summary");
        term(numbers, "classroom.gradebook.summary.students", String.valueOf(s.students()));
        term(numbers, "classroom.gradebook.summary.started", String.valueOf(s.started()));
        term(numbers, "classroom.gradebook.summary.submitted", String.valueOf(s.submitted()));
        term(numbers, "classroom.gradebook.summary.late", String.valueOf(s.late()));
        term(
                numbers,
                "classroom.gradebook.summary.average",
                s.averagePercent() == null
                        ? getTranslation("classroom.gradebook.summary.none")
                        : percent(s.averagePercent()) + " %");
        section.add(numbers);
        section.add(new Paragraph(getTranslation("classroom.gradebook.summary.average-help", s.answered())));

        Div actions = new Div();
        actions.addClassName("gradebook-actions");
        long id = book.assignment().id();
        RouterLink review = new RouterLink(
                getTranslation("classroom.gradebook.review", s.pendingReviews()),
                ReviewQueueView.class,
                new RouteParameters(ReviewUi.ASSIGNMENT_ID, String.valueOf(id)));
        review.setId("review-link");
        review.addClassName("lectern-link-button");
        Anchor download =
                new Anchor(csvDownload(id), AttachmentType.DOWNLOAD, getTranslation("classroom.gradebook.download"));
        download.setId("csv-download");
        download.addClassName("lectern-link-button");
        actions.add(review, download, classroomShare(book.assignment()));
        // other features' pages of this assignment (the learning platform's grade status), only where they apply
        pageLinks.orderedStream().flatMap(p -> p.forAssignment(id).stream()).forEach(link -> {
            Anchor anchor = new Anchor(link.route(), getTranslation(link.labelKey()));
            anchor.setId(link.id());
            anchor.addClassName("lectern-link-button");
            actions.add(anchor);
        });
        section.add(actions);
        return section;
    }

    /**
     * "Share to Google Classroom" with the link students open the assignment by (they sign in with their Lectern
     * login first); opens Google's share page in a new tab, sending Google neither this page's address nor anything
     * else than the link and the title.
     */
    private Anchor classroomShare(Assignment a) {
        String link = ClassroomUi.appUrl("assignments/" + a.id());
        Anchor share = new Anchor(ClassroomShare.url(link, a.title()), getTranslation("classroom.gradebook.share"));
        share.setTarget("_blank");
        share.getElement().setAttribute("rel", "noopener noreferrer");
        share.getElement().setAttribute("aria-label", getTranslation("classroom.gradebook.share.label"));
        share.setId("share-classroom");
        share.addClassName("lectern-link-button");
        share.addClassName("classroom-share");
        return share;
    }

    private DownloadHandler csvDownload(long assignmentId) {
        Locale locale =
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        return DownloadHandler.fromInputStream(event -> {
            try {
                CsvExport csv = gradebooks.csv(assignmentId, locale);
                return new DownloadResponse(
                        new ByteArrayInputStream(csv.bytes()), csv.fileName(), csv.contentType(), csv.bytes().length);
            } catch (NoSuchElementException | AccessDeniedException e) {
                // signed out or the class changed hands since the page was opened
                return DownloadResponse.error(404);
            }
        });
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    // ---- chart ----

    private Section chartSection() {
        Section section = section("chart", getTranslation("classroom.gradebook.chart.heading"));
        List<ScoreBucket> buckets = book.distribution();
        int total = buckets.stream().mapToInt(ScoreBucket::students).sum();
        if (total == 0) {
            section.add(new Paragraph(getTranslation("classroom.gradebook.chart.empty")));
            return section;
        }
        List<String> parts = new ArrayList<>();
        for (ScoreBucket b : buckets) {
            parts.add(getTranslation("classroom.gradebook.chart.bucket", b.fromPercent(), b.toPercent(), b.students()));
        }
        String label = getTranslation("classroom.gradebook.chart.label", total, String.join("; ", parts));
        Svg chart = new Svg(ScoreChart.svg(buckets, label));
        chart.setId("score-chart");
        chart.addClassName("score-chart");
        section.add(chart);

        NativeTable table = new NativeTable();
        table.setId("score-table");
        table.setCaptionText(getTranslation("classroom.gradebook.chart.heading"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("classroom.gradebook.chart.range"));
        head.addHeaderCell().setText(getTranslation("classroom.gradebook.chart.students"));
        for (ScoreBucket b : buckets) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(b.fromPercent() + "\u2013" + b.toPercent() + " %");
            row.addDataCell().setText(String.valueOf(b.students()));
        }
        table.addClassName("skill-table");
        NativeDetails numbers = new NativeDetails(getTranslation("classroom.gradebook.chart.numbers"), table);
        numbers.setId("score-numbers");
        section.add(numbers);
        return section;
    }

    // ---- grid ----

    private Section gridSection() {
        Section section = section("students", getTranslation("classroom.gradebook.grid.heading"));
        section.add(new Paragraph(
                getTranslation("classroom.gradebook.grid.legend", ActiveTime.DEFAULT_THRESHOLD.toMinutes())));
        long id = book.assignment().id();
        Grid<GradebookRow> grid = new Grid<>();
        grid.setId("gradebook-grid");
        grid.setAriaLabel(getTranslation("classroom.gradebook.grid.label"));
        grid.addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.ROW_STRIPES);
        grid.setColumnReorderingAllowed(false);
        grid.setHeight("min(70vh, 40rem)");

        grid.addComponentColumn(r -> {
                    RouterLink name = new RouterLink(
                            r.displayName(),
                            StudentWorkView.class,
                            new RouteParameters(Map.of(
                                    ReviewUi.ASSIGNMENT_ID,
                                    String.valueOf(id),
                                    ReviewUi.STUDENT_ID,
                                    String.valueOf(r.studentId()))));
                    name.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation("classroom.gradebook.grid.work-label", r.displayName()));
                    return name;
                })
                .setHeader(getTranslation("classroom.gradebook.grid.name"))
                .setKey("name")
                .setSortProperty(GradebookSort.Key.NAME.name())
                .setFrozen(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("classroom.gradebook.grid.status"))
                .setKey("status")
                .setSortProperty(GradebookSort.Key.STATUS.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation(
                        "classroom.gradebook.grid.score-value",
                        number(r.points()),
                        number(r.maxPoints()),
                        percent(r.percent())))
                .setHeader(getTranslation("classroom.gradebook.grid.score"))
                .setKey("score")
                .setSortProperty(GradebookSort.Key.POINTS.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.timeSpent() == null
                        ? getTranslation("classroom.gradebook.cell.unanswered")
                        : getTranslation(
                                "classroom.gradebook.grid.minutes",
                                Math.round(r.timeSpent().toSeconds() / 60.0)))
                .setHeader(getTranslation("classroom.gradebook.grid.time"))
                .setKey("time")
                .setSortProperty(GradebookSort.Key.TIME_SPENT.name())
                // room for the header and its sort arrows: auto width measures the minutes only
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.submittedAt() == null
                        ? getTranslation("classroom.gradebook.cell.unanswered")
                        : ClassroomUi.format(
                                this, r.submittedAt(), book.assignment().zone()))
                .setHeader(getTranslation("classroom.gradebook.grid.submitted"))
                .setKey("submitted")
                .setSortProperty(GradebookSort.Key.SUBMITTED.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (SkillMastery m : book.skills()) {
            Skill skill = m.skill();
            grid.addColumn(r -> {
                        SkillTotal t = r.skills().get(skill);
                        return t == null || t.answered() == 0
                                ? getTranslation("classroom.gradebook.cell.unanswered")
                                : percent(t.percent()) + " %";
                    })
                    .setHeader(skillName(skill))
                    .setKey("skill-" + skill.key())
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        List<GradebookColumn> columns = book.columns();
        for (int i = 0; i < columns.size(); i++) {
            GradebookColumn c = columns.get(i);
            int index = i;
            Span header = new Span(getTranslation("classroom.gradebook.grid.question", c.number()));
            header.setTitle(getTranslation(
                    "classroom.gradebook.grid.question-tooltip",
                    c.number(),
                    c.sectionTitle(),
                    c.prompt(),
                    number(c.maxPoints())));
            // as wide as "0.75/1" needs (never "0.7…"); a colour for misses, whose text already says it
            grid.addColumn(r -> cellText(r.cells().get(index)))
                    .setHeader(header)
                    .setKey("q-" + c.questionId())
                    .setTooltipGenerator(r -> cellTooltip(r.cells().get(index)))
                    .setPartNameGenerator(r -> cellPart(r.cells().get(index)))
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(
                query -> gradebooks.rows(id, query.getOffset(), query.getLimit(), sort(query.getSortOrders())).stream(),
                query -> gradebooks.count(id));
        section.add(grid);
        return section;
    }

    private Component status(GradebookRow r) {
        Span cell = new Span(
                getTranslation("classroom.gradebook.status." + r.status().name()));
        if (r.late()) {
            Span late = new Span(getTranslation("classroom.gradebook.grid.late"));
            late.addClassNames("badge", "status-alleged");
            cell.add(new Text(" "), late);
        }
        return cell;
    }

    private static GradebookSort sort(List<QuerySortOrder> orders) {
        if (orders == null || orders.isEmpty()) {
            return GradebookSort.BY_NAME;
        }
        QuerySortOrder first = orders.getFirst();
        try {
            return new GradebookSort(
                    GradebookSort.Key.valueOf(first.getSorted()), first.getDirection() == SortDirection.DESCENDING);
        } catch (IllegalArgumentException e) {
            return GradebookSort.BY_NAME;
        }
    }

    private String cellText(GradebookCell cell) {
        if (!cell.answered()) {
            return getTranslation("classroom.gradebook.cell.unanswered");
        }
        if (cell.pending()) {
            return getTranslation("classroom.gradebook.cell.pending");
        }
        return number(cell.points()) + "/" + number(cell.maxPoints());
    }

    /** The grid cell's part for the colour scale: no points, some points, or none (full marks, not answered). */
    private static String cellPart(GradebookCell cell) {
        if (!cell.answered() || cell.pending() || cell.maxPoints() == 0) {
            return null;
        }
        if (cell.points() <= 0) {
            return "cell-miss";
        }
        return cell.points() < cell.maxPoints() ? "cell-partial" : null;
    }

    private String cellTooltip(GradebookCell cell) {
        return cell.answered() ? getTranslation("classroom.gradebook.cell.tries", cell.tries()) : null;
    }

    // ---- item analysis ----

    private Section itemsSection() {
        Section section = section("items", getTranslation("classroom.gradebook.items.heading"));
        section.add(new Paragraph(getTranslation("classroom.gradebook.items.help")));
        NativeTable table = new NativeTable();
        table.setId("item-analysis");
        table.addClassNames("skill-table", "item-analysis");
        table.setCaptionText(getTranslation("classroom.gradebook.items.heading"));
        NativeTableRow head = table.getHead().addRow();
        List<String> keys = List.of("question", "skill", "answered", "facility", "top-wrong", "discrimination");
        List<String> labels = keys.stream()
                .map(key -> getTranslation("classroom.gradebook.items." + key))
                .toList();
        labels.forEach(label -> head.addHeaderCell().setText(label));
        String none = getTranslation("classroom.gradebook.items.none");
        for (ItemAnalysis item : book.items()) {
            GradebookColumn c = item.column();
            NativeTableRow row = table.getBody().addRow();
            row.setId("item-" + c.questionId());
            NativeTableHeaderCell question = row.addHeaderCell();
            question.setText(getTranslation("classroom.gradebook.grid.question", c.number()) + " \u00b7 " + c.prompt());
            question.getElement().setAttribute("scope", "row");
            labelled(row.addDataCell(), labels.get(1)).setText(skillName(c.skill()));
            labelled(row.addDataCell(), labels.get(2)).setText(String.valueOf(item.answered()));
            labelled(row.addDataCell(), labels.get(3)).add(facility(item, none));
            labelled(row.addDataCell(), labels.get(4))
                    .setText(
                            item.topWrongAnswer() == null
                                    ? none
                                    : getTranslation(
                                            "classroom.gradebook.items.top-wrong-value",
                                            item.topWrongAnswer(),
                                            item.topWrongCount()));
            labelled(row.addDataCell(), labels.get(5))
                    .setText(
                            item.discrimination() != null
                                    ? BigDecimal.valueOf(item.discrimination())
                                            .setScale(2, RoundingMode.HALF_UP)
                                            .toPlainString()
                                    : getTranslation(
                                            "classroom.gradebook.items.too-few", ItemAnalysis.MIN_FOR_DISCRIMINATION));
        }
        // its own name: two landmarks with the same name confuse screen-reader navigation
        section.add(TableScroll.of(table, getTranslation("classroom.gradebook.items.table")));
        return section;
    }

    /** The facility in words and colour: "Hard · 35 %" on a red ground, so the hard questions stand out. */
    private Component facility(ItemAnalysis item, String none) {
        if (item.facility() == null) {
            return new Text(none);
        }
        Span band = new Span(getTranslation(
                "classroom.gradebook.items.band-value",
                getTranslation("classroom.gradebook.items.band." + item.band().name()),
                percent(100 * item.facility())));
        band.addClassNames("facility", "facility-" + item.band().name().toLowerCase(Locale.ROOT));
        return band;
    }

    /** A data cell that names its column when the table is shown as one card per question on a phone. */
    private static NativeTableCell labelled(NativeTableCell cell, String label) {
        cell.getElement().setAttribute("data-label", label);
        return cell;
    }

    // ---- skills ----

    private Section skillsSection() {
        Section section = section("skills", getTranslation("classroom.gradebook.skills.heading"));
        section.add(new Paragraph(getTranslation("classroom.gradebook.skills.help")));
        NativeTable table = new NativeTable();
        table.setId("class-skills");
        table.addClassName("skill-table");
        table.setCaptionText(getTranslation("classroom.gradebook.skills.heading"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("classroom.gradebook.skills.skill"));
        head.addHeaderCell().setText(getTranslation("classroom.gradebook.skills.class"));
        for (SkillMastery m : book.skills()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(skillName(m.skill()));
            name.getElement().setAttribute("scope", "row");
            Double p = m.percent();
            if (p == null) {
                row.addDataCell().setText(getTranslation("classroom.gradebook.items.none"));
            } else {
                Span bar = new Span();
                bar.addClassName("skill-bar");
                bar.getElement().setAttribute("aria-hidden", "true");
                Span fill = new Span();
                fill.addClassName("skill-bar-fill");
                fill.getStyle().set("width", Math.max(0, Math.min(100, p)) + "%");
                bar.add(fill);
                row.addDataCell().add(bar, new Span(percent(p) + " %"));
            }
        }
        section.add(TableScroll.of(table, getTranslation("classroom.gradebook.skills.table")));
        section.add(new Paragraph(getTranslation("classroom.gradebook.skills.per-student")));
        return section;
    }

    // ---- helpers ----

    private static Section section(String id, String heading) {
        return ClassroomUi.section(id, heading);
    }

    private String skillName(Skill skill) {
        return getTranslation("skill." + skill.key());
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(
                this,
                book == null
                        ? getTranslation("classroom.gradebook.title")
                        : getTranslation("classroom.gradebook.title") + ": "
                                + book.assignment().title());
    }
}
