package app.lectern.authoring;

import java.time.Instant;
import java.util.List;

/**
 * A module's draft as its authors edit it.
 *
 * @param moduleId the module's id, fixed at creation
 * @param yaml the draft's {@code module.yaml} text (it may have problems: drafts need not validate)
 * @param revision the revision the next save must name
 * @param savedAt when it was last saved
 * @param savedBy who saved it last (display name)
 * @param publishedVersion the latest published version, or 0 when never published
 * @param changedSincePublished whether the draft differs from the latest published version
 * @param visibility who besides the authors sees the published module
 * @param libraryApproved whether an administrator approved it for the public library
 * @param owner the owner's display name
 * @param isOwner whether the signed-in user owns it (only the owner shares it and chooses co-authors)
 * @param coAuthors the co-authors
 */
public record Draft(
        String moduleId,
        String yaml,
        int revision,
        Instant savedAt,
        String savedBy,
        int publishedVersion,
        boolean changedSincePublished,
        Visibility visibility,
        boolean libraryApproved,
        String owner,
        boolean isOwner,
        List<CoAuthor> coAuthors) {

    /** Copies the list. */
    public Draft {
        coAuthors = List.copyOf(coAuthors);
    }

    /**
     * A co-author.
     *
     * @param accountId their account
     * @param loginName their login name
     * @param displayName their name
     */
    public record CoAuthor(long accountId, String loginName, String displayName) {}
}
