package app.lectern.authoring;

import java.time.Instant;

/**
 * A save or publish that named an older revision of the draft: someone (perhaps the same teacher in another tab)
 * saved in between. Nothing was overwritten; the editor shows who saved when and offers to load their version.
 */
public class DraftConflictException extends AuthoringException {

    private final String savedBy;
    private final Instant savedAt;
    private final int revision;

    /** The conflict with the draft as it is now. */
    public DraftConflictException(String savedBy, Instant savedAt, int revision) {
        super("authoring.error.conflict", savedBy);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.revision = revision;
    }

    /** Who saved the draft last. */
    public String savedBy() {
        return savedBy;
    }

    /** When. */
    public Instant savedAt() {
        return savedAt;
    }

    /** The draft's current revision. */
    public int revision() {
        return revision;
    }
}
