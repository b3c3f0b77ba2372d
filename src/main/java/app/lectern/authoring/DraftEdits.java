package app.lectern.authoring;

import app.lectern.content.Claim;
import app.lectern.content.GlossaryEntry;
import app.lectern.content.LearningModule;
import app.lectern.content.ModuleBuilder;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.content.Source;
import app.lectern.content.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The form editor's changes to a draft's module, as pure functions: each returns a new module and leaves the given
 * one alone. Plain Java.
 */
public final class DraftEdits {

    private DraftEdits() {}

    /**
     * The module's own fields.
     *
     * @param title the title
     * @param summary the library's summary
     * @param language a BCP 47 tag
     * @param level e.g. "Grades 8–10"
     * @param readingMinutes the reading time
     * @param topics the library's topics
     * @param objectives what students will learn
     */
    public record Details(
            String title,
            String summary,
            String language,
            String level,
            Integer readingMinutes,
            List<String> topics,
            List<String> objectives) {

        /** The details of a module. */
        public static Details of(LearningModule m) {
            return new Details(
                    m.title(), m.summary(), m.language(), m.level(), m.readingMinutes(), m.topics(), m.objectives());
        }
    }

    /** The module with other details. */
    public static LearningModule details(LearningModule m, Details d) {
        return ModuleBuilder.from(m)
                .details(
                        d.title(), d.summary(), d.language(), d.level(), d.readingMinutes(), d.topics(), d.objectives())
                .build();
    }

    /** The module with another source (attribution). */
    public static LearningModule source(LearningModule m, Source source) {
        return ModuleBuilder.from(m).source(source).build();
    }

    /** The module with other reader aids. */
    public static LearningModule aids(
            LearningModule m, List<GlossaryEntry> glossary, List<TimelineEvent> timeline, List<Claim> claims) {
        return ModuleBuilder.from(m).aids(glossary, timeline, claims).build();
    }

    /** The module with its sections changed by {@code change}. */
    public static LearningModule sections(LearningModule m, UnaryOperator<List<Section>> change) {
        return ModuleBuilder.from(m)
                .sections(change.apply(new ArrayList<>(m.sections())))
                .build();
    }

    /** Section {@code index} with another title and body. */
    public static LearningModule sectionText(LearningModule m, int index, String title, String body) {
        return sections(m, list -> {
            Section s = list.get(index);
            list.set(index, s.withText(title, body));
            return list;
        });
    }

    /** Section {@code index} with its questions changed by {@code change}. */
    public static LearningModule questions(LearningModule m, int index, UnaryOperator<List<Question>> change) {
        return sections(m, list -> {
            Section s = list.get(index);
            list.set(index, s.withQuestions(change.apply(new ArrayList<>(s.questions())), s.pools()));
            return list;
        });
    }

    /** Moves element {@code from} of a list one place up ({@code -1}) or down ({@code +1}), if it can. */
    public static <T> List<T> move(List<T> list, int from, int by) {
        int to = from + by;
        if (from < 0 || from >= list.size() || to < 0 || to >= list.size()) {
            return list;
        }
        List<T> out = new ArrayList<>(list);
        out.add(to, out.remove(from));
        return out;
    }

    /** The ids of every question and pool of the module, for new ids that must be unique. */
    public static List<String> ids(LearningModule m) {
        List<String> ids = new ArrayList<>();
        m.questions().forEach(q -> ids.add(q.id()));
        m.pools().forEach(p -> ids.add(p.id()));
        return ids;
    }

    /**
     * The module as an author previews it: every question, assessment items and every variant of every pool
     * included, shown after its section's own questions.
     */
    public static LearningModule forPreview(LearningModule m) {
        return sections(
                m,
                list -> list.stream()
                        .map(s -> {
                            List<Question> all = new ArrayList<>(s.questions());
                            s.pools().forEach(p -> all.addAll(p.questions()));
                            return s.withQuestions(all, List.of());
                        })
                        .toList());
    }
}
