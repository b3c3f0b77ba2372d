package app.lectern.notes;

import app.lectern.content.LearningModule;
import java.util.Optional;

/**
 * What the notes need to know of assignments, answered by the classroom (which depends on notes, not the other way
 * round). Every method checks the signed-in user.
 */
public interface NoteSharing {

    /** Whether the attempt is the signed-in student's own. */
    boolean attemptOfCurrentStudent(long attemptId);

    /** Whether the assignment of this attempt asks its students to share their notes with the teacher. */
    boolean sharedWithTeacher(long attemptId);

    /**
     * An attempt whose notes a teacher may read.
     *
     * @param attemptId the student's current attempt, or {@code null} if they have not started
     * @param module the assignment's pinned module
     */
    record SharedAttempt(Long attemptId, LearningModule module) {}

    /**
     * The student's current attempt of the assignment, for the signed-in teacher of its class, if the assignment
     * shares notes (and the student is in the class).
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone but the class's teacher
     * @throws java.util.NoSuchElementException for an unknown assignment
     */
    Optional<SharedAttempt> sharedAttempt(long assignmentId, long studentId);
}
