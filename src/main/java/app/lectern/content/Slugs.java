package app.lectern.content;

/** Patterns shared by the content records' constraints. */
public final class Slugs {
    /** An id: lower-case letters, digits and dashes, 1 to 64 characters, starting with a letter or digit. */
    public static final String SLUG = "[a-z0-9][a-z0-9-]{0,63}";

    /** A module id: as {@link #SLUG}, at least 3 characters. */
    public static final String MODULE_ID = "[a-z0-9][a-z0-9-]{2,63}";

    /** A BCP 47 language tag such as {@code en}, {@code uk} or {@code pt-BR}. */
    public static final String LANGUAGE = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*";

    /** A partial date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static final String PARTIAL_DATE = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";

    private Slugs() {}
}
