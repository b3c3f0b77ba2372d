package app.lectern.study;

import java.util.Optional;

/**
 * What self-study needs to know of classroom assignments, provided by the classroom (which builds on self-study,
 * so self-study cannot ask it directly): a signed-in student with an open assignment of a module works on that
 * module there, not in a second, parallel self-study track.
 */
public interface AssignedModules {

    /**
     * An open assignment of a module for the signed-in student.
     *
     * @param assignmentId the assignment
     * @param title its title
     * @param route its path in the app, e.g. {@code assignments/42}
     */
    record OpenAssignment(long assignmentId, String title, String route) {}

    /**
     * The signed-in student's open assignment of the module (the one due first), if any; empty for anyone else,
     * anonymous visitors included.
     */
    Optional<OpenAssignment> openAssignmentOfMine(String moduleId);

    /**
     * Whether a class of this account has an open assignment of the module whose teacher chose to keep the
     * module's self-study key back while it is open.
     */
    boolean selfStudyKeyHeldBack(long userId, String moduleId);
}
