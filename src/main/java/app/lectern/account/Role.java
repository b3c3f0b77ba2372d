package app.lectern.account;

/** What an account may do. Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    /** Runs the installation. */
    ADMIN,
    /** Creates classes and assigns modules. */
    TEACHER,
    /** Belongs to classes and studies assigned modules. */
    STUDENT,
    /** Studies on their own with an account (self-study only, no classes): progress follows them. */
    LEARNER;

    /** The Spring Security authority name, e.g. {@code ROLE_TEACHER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
