package app.lectern.reader.ui;

import app.lectern.answering.Feedback;
import app.lectern.catalog.ContentCatalog;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.reader.Formats;
import app.lectern.scoring.ModuleResult;
import app.lectern.study.LearnerProgress;
import app.lectern.study.StudyService;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The results of a module at {@code /modules/<module-id>/results}: score, a per-skill table, the questions to
 * review, and buttons to retry what was missed or start over. The static segment {@code results} takes precedence
 * over the reader's section parameter, so no section may be called {@code results}.
 */
@Route(value = "modules/:" + ReaderView.MODULE + "/results", layout = MainLayout.class)
@AnonymousAllowed
public class SummaryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentCatalog catalog;
    private final StudyService study;
    private LearningModule module;
    private UUID learner;

    /** Creates the view; {@link #beforeEnter} fills it. */
    public SummaryView(ContentCatalog catalog, StudyService study) {
        this.catalog = catalog;
        this.study = study;
        addClassName("lectern-page");
        addClassName("summary");
    }

    /** The route parameters of a module's results. */
    public static RouteParameters parameters(String moduleId) {
        return new RouteParameters(ReaderView.MODULE, moduleId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get(ReaderView.MODULE).orElse("");
        Optional<LearningModule> found = catalog.module(moduleId);
        if (found.isEmpty()) {
            NotFoundView.reroute(event, getTranslation("notfound.module", moduleId));
            return;
        }
        module = found.get();
        learner = Learner.current();
        render();
    }

    private void render() {
        removeAll();
        ModuleResult result = study.result(learner, module.id());
        LearnerProgress progress = study.progress(learner, module.id());

        H1 title = new H1(getTranslation("summary.heading", module.title()));
        add(title);

        long percent = Formats.percent(result.maxPoints() > 0 ? result.points() / result.maxPoints() : 0);
        Paragraph score = new Paragraph(getTranslation(
                "summary.score", Formats.points(result.points()), Formats.points(result.maxPoints()), percent));
        score.addClassName("summary-score");
        ProgressBar bar = new ProgressBar(0, 100, Math.max(0, Math.min(100, percent)));
        bar.getElement().setAttribute("aria-label", getTranslation("summary.score.label", percent));
        add(score, bar);
        int total = (int) module.questions().count();
        Paragraph counts = new Paragraph(getTranslation(
                "summary.counts",
                total - result.unansweredQuestionIds().size(),
                total,
                result.missedQuestionIds().size(),
                result.unansweredQuestionIds().size()));
        counts.addClassName("summary-counts");
        Paragraph totals = new Paragraph(getTranslation("summary.totals"));
        totals.addClassName("summary-totals");
        add(counts, totals);

        add(SkillTable.of(this, result));
        add(review(result, progress));
        add(actions(result));
        add(new Paragraph(new RouterLink(
                getTranslation("summary.back"), ReaderView.class, ReaderView.parameters(module.id(), null))));
    }

    private Component review(ModuleResult result, LearnerProgress progress) {
        Div box = new Div();
        box.addClassName("review");
        List<Question> all = module.questions().toList();
        box.add(new H2(getTranslation("summary.review")));
        // "not mastered" (answered, not fully right) and "not answered" are different things to do: kept apart
        H3 missedHeading = new H3(getTranslation("summary.not-mastered"));
        missedHeading.setId("not-mastered");
        box.add(missedHeading);
        if (result.missedQuestionIds().isEmpty()) {
            box.add(new Paragraph(getTranslation("summary.review.none")));
        } else {
            box.add(new Paragraph(getTranslation("summary.not-mastered.intro")));
            OrderedList list = new OrderedList();
            list.addClassName("review-list");
            for (String id : result.missedQuestionIds()) {
                module.question(id)
                        .ifPresent(q -> list.add(missed(
                                q, all.indexOf(q) + 1, progress.feedback().get(id))));
            }
            box.add(list);
        }
        if (!result.unansweredQuestionIds().isEmpty()) {
            H3 unanswered = new H3(getTranslation("summary.unanswered"));
            unanswered.setId("not-answered");
            box.add(unanswered);
            box.add(new Paragraph(getTranslation("summary.unanswered.intro")));
            box.add(questionLinks(result.unansweredQuestionIds(), all));
        }
        if (!result.pendingQuestionIds().isEmpty()) {
            box.add(new H3(getTranslation("summary.pending")));
            box.add(new Paragraph(getTranslation("summary.pending.intro")));
            box.add(questionLinks(result.pendingQuestionIds(), all));
        }
        return box;
    }

    private ListItem missed(Question q, int number, Feedback feedback) {
        ListItem item = new ListItem();
        item.addClassName("review-item");
        Paragraph title = new Paragraph(new Strong(getTranslation("question.number", number) + " "));
        Span prompt = new Span();
        prompt.getElement()
                .setProperty("innerHTML", Markdown.inlineHtml(q.base().prompt()));
        title.add(prompt);
        item.add(title);
        if (feedback != null) {
            item.add(new Paragraph(getTranslation(
                    "summary.missed.state",
                    Formats.points(feedback.score()),
                    Formats.points(feedback.maxPoints()),
                    feedback.attemptsUsed())));
            if (feedback.correctAnswer() != null && !feedback.correctAnswer().isBlank()) {
                item.add(new Paragraph(
                        new Strong(getTranslation("feedback.correct-answer") + " "),
                        new Span(feedback.correctAnswer())));
            }
            if (feedback.explanation() != null && !feedback.explanation().isBlank()) {
                Div explanation = new Div();
                explanation.addClassName("feedback-explanation");
                explanation.getElement().setProperty("innerHTML", Markdown.html(feedback.explanation()));
                item.add(explanation);
            }
        }
        module.sectionOf(q.id()).ifPresent(s -> item.add(new Paragraph(sectionLink(s))));
        return item;
    }

    private Component questionLinks(List<String> ids, List<Question> all) {
        OrderedList list = new OrderedList();
        for (String id : ids) {
            module.question(id).ifPresent(q -> {
                ListItem item = new ListItem(new Span(getTranslation("question.number", all.indexOf(q) + 1) + " "));
                Span prompt = new Span();
                prompt.getElement()
                        .setProperty("innerHTML", Markdown.inlineHtml(q.base().prompt()));
                item.add(prompt);
                module.sectionOf(id).ifPresent(s -> item.add(new Span(" "), sectionLink(s)));
                list.add(item);
            });
        }
        return list;
    }

    private RouterLink sectionLink(Section s) {
        return new RouterLink(
                getTranslation("summary.open-section", s.title()),
                ReaderView.class,
                ReaderView.parameters(module.id(), s.id()));
    }

    private Component actions(ModuleResult result) {
        Div actions = new Div();
        actions.addClassName("summary-actions");
        Button retry = new Button(getTranslation("summary.retry"));
        retry.addThemeVariants(ButtonVariant.PRIMARY);
        retry.setEnabled(!result.missedQuestionIds().isEmpty());
        retry.addClickListener(e -> {
            List<String> reopened = study.retryMissed(learner, module.id());
            // to the first reopened question, focused, in retry mode: the reader leads on from one to the next
            Optional<String> first = reopened.stream().findFirst();
            String sectionId = first.flatMap(module::sectionOf)
                    .map(Section::id)
                    .orElse(module.sections().getFirst().id());
            Map<String, String> query = new HashMap<>();
            query.put(ModuleReader.RETRY, "1");
            first.ifPresent(id -> query.put(ModuleReader.QUESTION, id));
            getUI().ifPresent(ui -> ui.navigate(
                    ReaderView.class, ReaderView.parameters(module.id(), sectionId), QueryParameters.simple(query)));
        });

        Button startOver = new Button(getTranslation("summary.start-over"));
        startOver.addClickListener(e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("summary.start-over.header"));
            dialog.setText(getTranslation("summary.start-over.text"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("summary.start-over.cancel"));
            dialog.setConfirmText(getTranslation("summary.start-over.confirm"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(c -> {
                study.startOver(learner, module.id());
                getUI().ifPresent(ui -> ui.navigate(
                        ReaderView.class,
                        ReaderView.parameters(
                                module.id(), module.sections().getFirst().id())));
            });
            dialog.open();
        });
        actions.add(retry, startOver);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(
                this,
                module == null ? getTranslation("summary.title") : getTranslation("summary.heading", module.title()));
    }
}
