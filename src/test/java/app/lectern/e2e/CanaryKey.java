package app.lectern.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer key of the canary module ({@code src/test/resources/canary-content/canary/module.yaml}): which canary
 * strings each question releases, and when. The module's header comment explains the naming.
 */
final class CanaryKey {

    /** The content folder that holds only the canary module. */
    static final Path CONTENT = Path.of("src", "test", "resources", "canary-content");

    /** The module id. */
    static final String MODULE = "canary";

    /** Section id → its questions, in reading order. */
    static final Map<String, List<String>> SECTIONS = sections();

    /** Choice question → its option ids. */
    static final Map<String, List<String>> OPTIONS =
            Map.of("pick-one", List.of("a", "b", "c", "d"), "pick-many", List.of("a", "b", "c", "d"));

    /** Texts that are the key itself (accepted answers, the number, the blanks): in no prompt, option or section. */
    static final Map<String, List<String>> KEY_ONLY = Map.of(
            "type-word", List.of("Zorblequint", "Vexmorantil"),
            "type-number", List.of("86420.97531"),
            "fill-blanks", List.of("Quorvathine", "Plimbersnatch"));

    /** The timeline lists the events in order: the key of the ordering question. */
    static final List<String> TIMELINE = List.of("CANARY-TIMELINE-1", "CANARY-TIMELINE-2", "CANARY-TIMELINE-3");

    /** Never for a learner: hints nobody takes in the tests, and the rubric (for the teacher's grading only). */
    static final List<String> NEVER = List.of(
            "CANARY-HINT-pick-one",
            "CANARY-HINT-type-word",
            "CANARY-RUBRIC-write-essay-1",
            "CANARY-RUBRIC-write-essay-2");

    private CanaryKey() {}

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("choices", List.of("pick-one", "pick-many", "true-or-false"));
        sections.put("typing", List.of("type-word", "type-number", "fill-blanks", "write-essay"));
        sections.put("arranging", List.of("put-in-order", "match-up", "sort-out"));
        sections.put("sentences", List.of("find-sentence"));
        return sections;
    }

    /** The items of the ordering question in the key's order, as shown. */
    static final List<String> ORDER_TEXTS = List.of("The first event", "The second event", "The third event");

    /** The feedback canary of one option of a choice question: released once the learner picked it. */
    static String optionFeedback(String questionId, String optionId) {
        return "CANARY-FB-" + questionId + "-" + optionId;
    }

    /** Everything of this question a learner may see once it is settled (right, or no tries left). */
    static List<String> releasedWhenSettled(String questionId) {
        List<String> released = new ArrayList<>();
        released.add(questionId.equals("write-essay") ? "CANARY-MODEL-write-essay" : "CANARY-EXPL-" + questionId);
        released.add("CANARY-EVQ-" + questionId);
        OPTIONS.getOrDefault(questionId, List.of()).forEach(o -> released.add(optionFeedback(questionId, o)));
        released.addAll(KEY_ONLY.getOrDefault(questionId, List.of()));
        if (questionId.equals("put-in-order")) {
            released.addAll(TIMELINE);
        }
        return released;
    }

    /** Every canary and key-only string of the module. */
    static List<String> all() {
        List<String> all = new ArrayList<>(NEVER);
        SECTIONS.values().forEach(qs -> qs.forEach(q -> all.addAll(releasedWhenSettled(q))));
        return all;
    }
}
