package app.lectern.notes;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners' highlights and notes. Everything a browser sends (section id, quote, offset, colour, note text, note id)
 * is checked here: the section must be in the module, the quote (1 to {@value #MAX_QUOTE} characters) must occur in
 * the section's text at or near the offset, the colour must be one of {@link NoteColour}, a note at most {@value
 * #MAX_TEXT} characters; a learner keeps at most {@value #MAX_PER_MODULE} notes per module and {@value #MAX_OVERALL}
 * in all, saves at most {@value NoteAllowance#PER_MINUTE} a minute, and reaches only their own notes of the scope.
 * A refusal is a {@link NoteRefusedException} with the message to show.
 */
@Service
public class NotesService {

    /** The text variant of a module's own section text. */
    public static final String ORIGINAL = "original";

    /** The prefix of a level's text variant, as the reader names it ({@code level:easier}). */
    static final String LEVEL_PREFIX = "level:";

    /** Longest text variant accepted from a browser. */
    private static final int MAX_VARIANT = 100;

    /** Longest highlighted quote, in characters. */
    public static final int MAX_QUOTE = 500;

    /** Longest note, in characters. */
    public static final int MAX_TEXT = 1_000;

    /** Notes one learner may keep in one module (self-study and attempts together). */
    public static final int MAX_PER_MODULE = 200;

    /** Notes one learner may keep in all. */
    public static final int MAX_OVERALL = 2_000;

    /** How far from the given offset a quote may be found (the browser's text may differ by a few characters). */
    static final int NEAR = 200;

    private final NoteStore store;
    private final NoteAllowance allowance;
    private final ObjectProvider<NoteSharing> sharing;

    NotesService(NoteStore store, NoteAllowance allowance, ObjectProvider<NoteSharing> sharing) {
        this.store = store;
        this.allowance = allowance;
        this.sharing = sharing;
    }

    /** The learner's notes of the scope's module in that scope, by section in the module's order, then by place. */
    @Transactional(readOnly = true)
    public List<Note> notes(NoteScope scope) {
        checkScope(scope);
        return sorted(
                scope.module(), store.inScope(scope.learner(), scope.module().id(), scope.attemptId()));
    }

    private static List<Note> sorted(LearningModule module, List<Note> notes) {
        List<String> order = module.sections().stream().map(Section::id).toList();
        return notes.stream()
                .sorted(Comparator.comparingInt((Note n) -> order.indexOf(n.sectionId()))
                        .thenComparingInt(Note::offset)
                        .thenComparingLong(Note::id))
                .toList();
    }

    /**
     * Highlights words of a section.
     *
     * @param sectionId the section, as the browser sent it
     * @param variant the text the words were selected in: {@link #ORIGINAL} or {@code level:<id>}
     * @param quote the selected words
     * @param offset where they start in the section's collapsed text
     * @param colour a {@link NoteColour#key()}
     * @param text the note, may be empty
     */
    @Transactional
    public Note highlight(
            NoteScope scope, String sectionId, String variant, String quote, int offset, String colour, String text) {
        checkScope(scope);
        Section section = section(scope, sectionId);
        String body = variantBody(section, variant);
        String words = SectionText.collapse(quote == null ? "" : quote).strip();
        int length = words.codePointCount(0, words.length());
        if (length < 1 || length > MAX_QUOTE) {
            throw new NoteRefusedException("notes.refused.quote-length", MAX_QUOTE);
        }
        int at = find(SectionText.of(body), words, offset);
        if (at < 0) {
            throw new NoteRefusedException("notes.refused.quote-not-found");
        }
        NoteColour c = colour(colour);
        String note = noteText(text);
        return add(scope, section, variant, words, at, c, note);
    }

    /**
     * The Markdown of the text a variant names: {@link #ORIGINAL}, or {@code level:<id>} of a level this section
     * has (the reader's key); anything else the browser sends is refused.
     */
    private static String variantBody(Section section, String variant) {
        if (ORIGINAL.equals(variant)) {
            return section.body();
        }
        if (variant != null && variant.startsWith(LEVEL_PREFIX) && variant.length() <= MAX_VARIANT) {
            return section.level(variant.substring(LEVEL_PREFIX.length()))
                    .map(l -> l.body())
                    .orElseThrow(() -> new NoteRefusedException("notes.refused.variant"));
        }
        throw new NoteRefusedException("notes.refused.variant");
    }

    /** A note on a whole section, without highlighted words (e.g. typed by a keyboard user). */
    @Transactional
    public Note sectionNote(NoteScope scope, String sectionId, String colour, String text) {
        checkScope(scope);
        Section section = section(scope, sectionId);
        NoteColour c = colour(colour);
        String body = noteText(text);
        if (body.isEmpty()) {
            throw new NoteRefusedException("notes.refused.empty");
        }
        return add(scope, section, ORIGINAL, null, null, c, body);
    }

    /** Changes a note's colour and text; only the learner's own note in this scope. */
    @Transactional
    public Note edit(NoteScope scope, long noteId, String colour, String text) {
        checkScope(scope);
        Note note = own(scope, noteId);
        NoteColour c = colour(colour);
        String body = noteText(text);
        if (!note.highlight() && body.isEmpty()) {
            throw new NoteRefusedException("notes.refused.empty");
        }
        allowance.take(scope.learner());
        store.update(noteId, c, body);
        return own(scope, noteId);
    }

    /** Deletes a note; only the learner's own note in this scope. */
    @Transactional
    public void delete(NoteScope scope, long noteId) {
        checkScope(scope);
        own(scope, noteId);
        store.delete(noteId);
    }

    /** Whether the teacher of the scope's assignment can read these notes (never in self-study). */
    @Transactional(readOnly = true)
    public boolean sharedWithTeacher(NoteScope scope) {
        if (scope.attemptId() == null) {
            return false;
        }
        NoteSharing s = sharing.getIfAvailable();
        return s != null && s.sharedWithTeacher(scope.attemptId());
    }

    /**
     * A student's notes of an assignment.
     *
     * @param module the assignment's pinned module
     * @param notes the notes of the student's current attempt, by section and place
     */
    public record SharedNotes(LearningModule module, List<Note> notes) {

        /** Copies the list. */
        public SharedNotes {
            notes = List.copyOf(notes);
        }
    }

    /**
     * A student's notes of an assignment (their current attempt) for the signed-in teacher of its class: empty when
     * the assignment does not share notes.
     *
     * @throws AccessDeniedException for anyone but the class's teacher
     * @throws java.util.NoSuchElementException for an unknown assignment
     */
    @Transactional(readOnly = true)
    public Optional<SharedNotes> sharedNotes(long assignmentId, long studentId) {
        NoteSharing s = sharing.getIfAvailable();
        if (s == null) {
            throw new AccessDeniedException("no assignments");
        }
        return s.sharedAttempt(assignmentId, studentId)
                .map(a -> new SharedNotes(
                        a.module(),
                        a.attemptId() == null ? List.of() : sorted(a.module(), store.ofAttempt(a.attemptId()))));
    }

    /** Moves an anonymous learner's self-study notes to the account learner that claimed it. */
    @Transactional
    void moveSelfStudy(UUID from, UUID to) {
        store.moveSelfStudy(from, to);
    }

    private Note add(
            NoteScope scope, Section section, String variant, String quote, Integer at, NoteColour c, String body) {
        UUID learner = scope.learner();
        store.lockLearner(learner);
        if (store.countInModule(learner, scope.module().id()) >= MAX_PER_MODULE) {
            throw new NoteRefusedException("notes.refused.module-cap", MAX_PER_MODULE);
        }
        if (store.countAll(learner) >= MAX_OVERALL) {
            throw new NoteRefusedException("notes.refused.overall-cap", MAX_OVERALL);
        }
        allowance.take(learner);
        long id = store.insert(
                learner,
                scope.module().id(),
                scope.module().version(),
                scope.attemptId(),
                section.id(),
                variant,
                quote,
                at,
                c,
                body);
        return own(scope, id);
    }

    /** In an attempt, only its own student may keep notes. */
    private void checkScope(NoteScope scope) {
        if (scope.attemptId() == null) {
            return;
        }
        NoteSharing s = sharing.getIfAvailable();
        if (s == null || !s.attemptOfCurrentStudent(scope.attemptId())) {
            throw new AccessDeniedException("not your attempt");
        }
    }

    private static Section section(NoteScope scope, String sectionId) {
        if (sectionId == null) {
            throw new NoteRefusedException("notes.refused.section");
        }
        return scope.module().section(sectionId).orElseThrow(() -> new NoteRefusedException("notes.refused.section"));
    }

    private Note own(NoteScope scope, long noteId) {
        return store.find(scope.learner(), scope.module().id(), scope.attemptId(), noteId)
                .orElseThrow(() -> new NoteRefusedException("notes.refused.not-found"));
    }

    private static NoteColour colour(String key) {
        return NoteColour.of(key).orElseThrow(() -> new NoteRefusedException("notes.refused.colour"));
    }

    private static String noteText(String text) {
        String body = text == null ? "" : text.strip();
        if (body.codePointCount(0, body.length()) > MAX_TEXT) {
            throw new NoteRefusedException("notes.refused.text-length", MAX_TEXT);
        }
        return body;
    }

    /** Where the quote occurs in the text: at the offset, or else its occurrence nearest to it within {@link #NEAR}. */
    static int find(String text, String quote, int offset) {
        if (offset >= 0 && text.startsWith(quote, offset)) {
            return offset;
        }
        int from = (int) Math.max(0L, (long) offset - NEAR);
        int best = -1;
        for (int at = text.indexOf(quote, from);
                at >= 0 && at <= (long) offset + NEAR;
                at = text.indexOf(quote, at + 1)) {
            if (best < 0 || Math.abs(at - offset) < Math.abs(best - offset)) {
                best = at;
            }
        }
        return best;
    }
}
