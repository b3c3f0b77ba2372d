package app.lectern.lti;

import java.net.URI;
import java.util.List;

/**
 * Published (synchronously, inside the launch's transaction) after a resource link launch passed every check and
 * its user is signed in: what the grade and roster services need to remember of it.
 *
 * @param registrationId the platform's registration
 * @param deploymentId the launch's deployment id
 * @param userId the Lectern account of the launching user
 * @param instructor whether the user launched as an instructor (teacher) rather than a learner
 * @param classId the class the launch's context maps to, or {@code null} for a launch without a context
 * @param assignmentId the assignment the resource link maps to, or {@code null} when it maps to none (yet)
 * @param contextId the platform's context (course) id, or {@code null}
 * @param resourceLinkId the platform's resource link id
 * @param lineItems the AGS line items URL of the context, or {@code null} without the AGS claim
 * @param lineItem the AGS line item URL of this resource link, or {@code null}
 * @param agsScopes the AGS scopes the platform granted (empty without the claim)
 * @param memberships the NRPS context memberships URL, or {@code null} without the NRPS claim
 */
public record LtiLaunched(
        long registrationId,
        String deploymentId,
        long userId,
        boolean instructor,
        Long classId,
        Long assignmentId,
        String contextId,
        String resourceLinkId,
        URI lineItems,
        URI lineItem,
        List<String> agsScopes,
        URI memberships) {

    /** Keeps the scopes unmodifiable and never null. */
    public LtiLaunched {
        agsScopes = agsScopes == null ? List.of() : List.copyOf(agsScopes);
    }
}
