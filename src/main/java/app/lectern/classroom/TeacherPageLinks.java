package app.lectern.classroom;

import java.util.List;

/**
 * Links another feature adds to a teacher's class or assignment page (such as the learning platform's grade and
 * roster pages), so the classroom's views need not know that feature. Implementations check nothing themselves: the
 * view asks only after its own access check, and the linked pages check again.
 */
public interface TeacherPageLinks {

    /**
     * A link: the translation key of its text and the address it goes to (relative to the application).
     *
     * @param labelKey the key of the link's text
     * @param route the address, such as {@code teach/assignments/12/lms-grades}
     * @param id the element id, for tests and anchors
     */
    record Link(String labelKey, String route, String id) {}

    /** The links for a class page. */
    List<Link> forClass(long classId);

    /** The links for an assignment's gradebook page. */
    List<Link> forAssignment(long assignmentId);
}
