package app.lectern.notes;

import java.util.Optional;

/**
 * The three highlight colours. Each carries a label that says what it means, so the colour is never the only
 * carrier of the meaning.
 */
public enum NoteColour {
    /** Yellow: words the student finds important. */
    IMPORTANT,
    /** Blue: words the student has a question about. */
    QUESTION,
    /** Green: words that are evidence for a claim or an answer. */
    EVIDENCE;

    /** The key the browser and the database use: {@code important}, {@code question}, {@code evidence}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The colour of a key, if it is one. */
    public static Optional<NoteColour> of(String key) {
        for (NoteColour c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
