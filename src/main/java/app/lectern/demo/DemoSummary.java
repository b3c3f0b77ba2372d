package app.lectern.demo;

import java.util.List;

/**
 * What demo mode set up, for the start-up log. Passwords exist only here (the database keeps hashes).
 *
 * @param created whether this run created the demo data ({@code false}: it existed, passwords were renewed)
 * @param teacher the demo teacher's login
 * @param classId the demo class
 * @param joinCode the demo class's join code
 * @param assignmentId the demo assignment
 * @param students the demo students' logins
 */
public record DemoSummary(
        boolean created, Login teacher, long classId, String joinCode, long assignmentId, List<Login> students) {

    /** Copies the list. */
    public DemoSummary {
        students = List.copyOf(students);
    }

    /**
     * A login to try the app with.
     *
     * @param displayName the name shown in the app
     * @param loginName the login name
     * @param password the current password
     */
    public record Login(String displayName, String loginName, String password) {}
}
