package app.lectern.lti;

/** The LTI Advantage scopes Lectern asks a platform for. */
public final class AgsScopes {

    /** Create, read and change line items (AGS). */
    public static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

    /** Post scores (AGS). */
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    /** Read the roster of a context (NRPS). */
    public static final String MEMBERSHIPS =
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    private AgsScopes() {}
}
