package app.lectern.authoring;

import app.lectern.content.Source;
import java.util.List;

/**
 * What a teacher gives to start a module from an article.
 *
 * @param title the module's title
 * @param summary one or two sentences for the library
 * @param language a BCP 47 tag, e.g. {@code en}
 * @param level e.g. "Grades 8–10"
 * @param objectives what students will learn, one per entry
 * @param source the article's attribution (required: author, publisher, date)
 * @param sections the article's text in sections
 */
public record NewModule(
        String title,
        String summary,
        String language,
        String level,
        List<String> objectives,
        Source source,
        List<SectionText> sections) {

    /** Copies the lists. */
    public NewModule {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /**
     * One section of the article.
     *
     * @param title its heading
     * @param body its text, Markdown
     */
    public record SectionText(String title, String body) {}
}
