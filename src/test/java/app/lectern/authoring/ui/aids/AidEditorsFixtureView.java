package app.lectern.authoring.ui.aids;

import app.lectern.content.Claim;
import app.lectern.content.ClaimResponse;
import app.lectern.content.ClaimStatus;
import app.lectern.content.Evidence;
import app.lectern.content.GlossaryEntry;
import app.lectern.content.Source;
import app.lectern.content.TimelineEvent;
import app.lectern.content.load.ContentProblem;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * A route that exists only in tests, to look at the aid editors (screenshots): every editor with sample entries and
 * one problem each, at the field its path names. For teachers only, as the draft editor that hosts them will be.
 */
@Route(value = "authoring-test/aids", layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class AidEditorsFixtureView extends Div {

    static final List<ContentProblem> PROBLEMS = List.of(
            new ContentProblem("module.yaml", 9, 14, "source.publisher", "must not be blank"),
            new ContentProblem("module.yaml", 30, 17, "glossary[1].definition", "must not be blank"),
            new ContentProblem("module.yaml", 40, 11, "timeline[1].date", "must be YYYY, YYYY-MM or YYYY-MM-DD"),
            new ContentProblem(
                    "module.yaml",
                    52,
                    25,
                    "claims[0].evidence.quote",
                    "'more than 150 Chinese' does not occur in section accusations"));

    /** The editors with their samples and problems. */
    public AidEditorsFixtureView() {
        SourceEditor source = new SourceEditor(new Source(
                "China’s role in Russia’s war", "Katherine Spencer", "Atlantic Council", null, "2025", null));
        GlossaryEditor glossary = new GlossaryEditor(List.of(
                new GlossaryEntry("tacit approval", "Agreement shown by not objecting.", List.of("tacit-meaning")),
                new GlossaryEntry("dual-use", "")));
        TimelineEditor timeline = new TimelineEditor(List.of(
                new TimelineEvent("2022-02", "Russia’s full-scale invasion of Ukraine begins."),
                new TimelineEvent("April 2025", "Ukraine reports two captured Chinese fighters.")));
        ClaimsEditor claims = new ClaimsEditor(
                List.of(new Claim(
                        "mercenaries",
                        "More than 150 Chinese citizens fight for Russia.",
                        "Officials in Kyiv",
                        ClaimStatus.ALLEGED,
                        "2025-04",
                        new Evidence("accusations", "more than 150 Chinese"),
                        List.of(new ClaimResponse(
                                "China’s government", ClaimStatus.DENIED, "The claims are groundless.")),
                        List.of("who-says-150"))),
                Map.of("partnership", "A partnership without limits", "accusations", "Accusations"));
        source.setProblems(PROBLEMS, "source");
        glossary.setProblems(PROBLEMS, "glossary");
        timeline.setProblems(PROBLEMS, "timeline");
        claims.setProblems(PROBLEMS, "claims");
        add(source, glossary, timeline, claims);
    }
}
