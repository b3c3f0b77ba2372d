package app.lectern.authoring;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.content.Source;
import app.lectern.content.load.ModuleWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The first draft of a new module: the teacher's title, attribution and sections, no questions yet. It need not
 * validate (a missing summary is a problem the editor shows next to its field). Plain Java.
 */
final class ModuleSkeleton {

    /** Words a student reads per minute, for the reading time of a new module. */
    static final int WORDS_PER_MINUTE = 180;

    private ModuleSkeleton() {}

    /** The draft's module, with the given id. */
    static LearningModule of(String id, NewModule request) {
        List<Section> sections = new ArrayList<>();
        Set<String> taken = new HashSet<>(Section.RESERVED_IDS);
        int words = 0;
        for (NewModule.SectionText s : request.sections()) {
            String sectionId = unique(slug(s.title(), "section"), taken::contains, 64);
            taken.add(sectionId);
            sections.add(new Section(sectionId, blankToNull(s.title()), blankToNull(s.body()), List.of(), List.of()));
            words += s.body() == null ? 0 : s.body().split("\\s+").length;
        }
        Source source = request.source() == null ? null : withoutTextFile(request.source());
        return new LearningModule(
                id,
                1,
                blankToNull(request.title()),
                blankToNull(request.summary()),
                request.language() == null || request.language().isBlank() ? "en" : request.language(),
                blankToNull(request.level()),
                Math.max(1, Math.min(120, Math.round(words / (float) WORDS_PER_MINUTE))),
                List.of(),
                source,
                request.objectives().stream()
                        .map(String::strip)
                        .filter(o -> !o.isEmpty())
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                sections,
                List.of());
    }

    /** The source without a {@code text-file}: a path on the server is for bundled modules only. */
    static Source withoutTextFile(Source s) {
        return new Source(
                s.title(),
                s.author(),
                s.affiliation(),
                s.publisher(),
                s.published(),
                s.url(),
                s.license(),
                null,
                s.original());
    }

    /** The draft's text. */
    static String yaml(String id, NewModule request) {
        return new ModuleWriter().write(of(id, request));
    }

    /** A slug of a title: lower-case ASCII letters, digits and dashes; {@code fallback} when nothing is left. */
    static String slug(String title, String fallback) {
        String plain = title == null
                ? ""
                : Normalizer.normalize(title, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
        if (plain.length() > 48) {
            plain = plain.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        return plain.length() < 3 ? fallback : plain;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, … the first one not taken, at most {@code max} long. */
    static String unique(String base, Predicate<String> taken, int max) {
        String candidate = base.length() > max ? base.substring(0, max) : base;
        for (int n = 2; taken.test(candidate); n++) {
            String suffix = "-" + n;
            candidate =
                    (base.length() + suffix.length() > max ? base.substring(0, max - suffix.length()) : base) + suffix;
        }
        return candidate;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
