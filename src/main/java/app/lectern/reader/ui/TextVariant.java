package app.lectern.reader.ui;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.content.TextLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which text of a section the reader shows: the original, the text at one of the module's levels, or the original
 * with a translation beside it. {@link #key()} names it stably ({@code original}, {@code level:easier},
 * {@code lang:uk}): it is the value of the reader's {@code text} query parameter and what student highlights are kept
 * by.
 *
 * @param kind what sort of text
 * @param id the level id or language tag; {@code null} for the original
 */
public record TextVariant(Kind kind, String id) {

    /** What sort of text a variant is. */
    public enum Kind {
        /** The section's own body. */
        ORIGINAL,
        /** The body at one of the module's declared levels. */
        LEVEL,
        /** The original with a translation beside it. */
        LANGUAGE
    }

    /** The section's own text. */
    public static final TextVariant ORIGINAL = new TextVariant(Kind.ORIGINAL, null);

    /** Longest key accepted from a browser: a level id (64) or a language tag with its prefix fits. */
    static final int MAX_KEY = 100;

    /** The stable name of this text: {@code original}, {@code level:<id>} or {@code lang:<tag>}. */
    public String key() {
        return switch (kind) {
            case ORIGINAL -> "original";
            case LEVEL -> "level:" + id;
            case LANGUAGE -> "lang:" + id;
        };
    }

    /** The texts a section offers: the original, its levels in the module's order, then its translations. */
    public static List<TextVariant> offered(LearningModule module, Section section) {
        List<TextVariant> out = new ArrayList<>();
        out.add(ORIGINAL);
        for (TextLevel level : module.levels()) {
            if (section.level(level.id()).isPresent()) {
                out.add(new TextVariant(Kind.LEVEL, level.id()));
            }
        }
        section.translations().forEach(t -> out.add(new TextVariant(Kind.LANGUAGE, t.language())));
        return out;
    }

    /**
     * The offered text a key names, if any. The key comes from a browser (query parameter): anything too long or not
     * among the offered texts names none.
     */
    public static Optional<TextVariant> parse(String key, List<TextVariant> offered) {
        if (key == null || key.length() > MAX_KEY) {
            return Optional.empty();
        }
        return offered.stream().filter(v -> v.key().equals(key)).findFirst();
    }
}
