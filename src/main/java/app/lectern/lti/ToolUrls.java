package app.lectern.lti;

/**
 * Lectern's own addresses a platform is configured with, from Lectern's public base address (as the request that
 * asks shows it: behind a proxy, the forwarded scheme and host).
 *
 * @param base the base address, no slash at the end ({@code https://lectern.example.org})
 */
public record ToolUrls(String base) {

    /** Where the tool's public keys are published. */
    public String jwks() {
        return base + "/lti/jwks";
    }

    /** The OIDC login initiation URL. */
    public String login() {
        return base + "/lti/login";
    }

    /** The redirect (launch) URL, also the target link URI and the deep linking URL. */
    public String launch() {
        return base + "/lti/launch";
    }
}
