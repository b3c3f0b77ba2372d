package app.lectern.authoring;

/** Who sees a published module besides its authors. */
public enum Visibility {
    /** Only its owner and co-authors may assign it. */
    PRIVATE,
    /** Every teacher of this server may assign it. */
    TEACHERS,
    /** Also in the self-study library for everyone (once an administrator approves it, when approval is required). */
    PUBLIC
}
