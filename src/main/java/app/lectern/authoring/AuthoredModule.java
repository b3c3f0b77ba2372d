package app.lectern.authoring;

import java.time.Instant;

/**
 * One line of a teacher's list of modules.
 *
 * @param moduleId the module's id
 * @param title the draft's title (or the id while the draft has none)
 * @param publishedVersion the latest published version, 0 when never published
 * @param changedSincePublished whether the draft has changes not published yet
 * @param visibility who besides the authors sees it
 * @param libraryApproved whether it is approved for the public library
 * @param owner the owner's display name
 * @param isOwner whether the signed-in user owns it
 * @param savedAt when the draft was last saved
 */
public record AuthoredModule(
        String moduleId,
        String title,
        int publishedVersion,
        boolean changedSincePublished,
        Visibility visibility,
        boolean libraryApproved,
        String owner,
        boolean isOwner,
        Instant savedAt) {}
