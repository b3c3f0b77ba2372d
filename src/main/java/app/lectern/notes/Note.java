package app.lectern.notes;

import java.time.Instant;

/**
 * A learner's highlight (with an optional note) or a note on a whole section.
 *
 * @param id the note's id
 * @param moduleId the module
 * @param sectionId the section
 * @param textVariant the text it was made on ({@link NotesService#ORIGINAL} for the module's own text)
 * @param quote the highlighted words with white space collapsed, or {@code null} for a note on the whole section
 * @param offset where the quote starts in the section's text with white space collapsed, or {@code -1} without one
 * @param colour its colour
 * @param text the note, or an empty string
 * @param createdAt when it was made
 * @param updatedAt when it was last changed
 */
public record Note(
        long id,
        String moduleId,
        String sectionId,
        String textVariant,
        String quote,
        int offset,
        NoteColour colour,
        String text,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether the note marks words in the text (otherwise it is on the whole section). */
    public boolean highlight() {
        return quote != null;
    }
}
