package app.lectern.lti;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A learning platform an administrator registered: what the platform told Lectern about itself.
 *
 * @param id the registration's id
 * @param name a name for people ("Riverside Moodle")
 * @param issuer the platform's issuer ({@code iss} of its tokens), exactly as it sends it
 * @param clientId the client id the platform gave Lectern ({@code aud} of its tokens)
 * @param deploymentIds the deployment ids a launch may name (at least one)
 * @param platformJwks where the platform publishes the keys its tokens are signed with
 * @param authorizationEndpoint where the OIDC login redirects to (the platform's authentication request URL)
 * @param tokenEndpoint where Lectern gets access tokens for grades and rosters (OAuth 2 client credentials)
 * @param createdAt when it was registered
 */
public record LtiRegistration(
        long id,
        String name,
        String issuer,
        String clientId,
        List<String> deploymentIds,
        URI platformJwks,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        Instant createdAt) {

    /** Keeps the deployment ids unmodifiable. */
    public LtiRegistration {
        deploymentIds = List.copyOf(deploymentIds);
    }

    /** Whether a launch may name this deployment id. */
    public boolean hasDeployment(String deploymentId) {
        return deploymentId != null && deploymentIds.contains(deploymentId);
    }
}
