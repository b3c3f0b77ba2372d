package app.lectern.lti;

import java.net.URI;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The first step of a launch, OIDC third-party initiated login: the platform names itself and the user; Lectern
 * finds the registration, makes a state and nonce and sends the browser to the platform's authorisation endpoint.
 */
@Service
public class OidcLogins {

    /** Longest login hint or message hint, in characters. */
    public static final int MAX_HINT = 2000;

    private final LtiRegistrations registrations;
    private final LoginStates states;

    OidcLogins(LtiRegistrations registrations, LoginStates states) {
        this.registrations = registrations;
        this.states = states;
    }

    /**
     * The parameters of a login initiation, as the platform sent them.
     *
     * @param clientId optional when the issuer has one registration
     * @param deploymentId optional
     * @param messageHint optional, passed back unchanged
     */
    public record Request(
            String issuer,
            String loginHint,
            String targetLinkUri,
            String messageHint,
            String clientId,
            String deploymentId) {}

    /**
     * Where to send the browser, and the state to bind to it with a cookie.
     *
     * @param location the platform's authorisation endpoint with the request's parameters
     * @param state the state, for the cookie
     */
    public record Redirect(URI location, String state) {}

    /**
     * Starts a login.
     *
     * @param toolBase Lectern's public base address ({@code https://lectern.example.org}, no slash at the end)
     * @throws LtiException for an unknown platform, a missing hint, a target elsewhere than this tool
     */
    public Redirect start(Request request, String toolBase) {
        if (request.issuer() == null || request.issuer().isEmpty()) {
            throw new LtiException("lti.login.error.issuer");
        }
        LtiRegistration registration = registration(request);
        if (request.loginHint() == null
                || request.loginHint().isEmpty()
                || request.loginHint().length() > MAX_HINT) {
            throw new LtiException("lti.login.error.login-hint");
        }
        if (request.messageHint() != null && request.messageHint().length() > MAX_HINT) {
            throw new LtiException("lti.login.error.login-hint");
        }
        String target = request.targetLinkUri();
        if (target == null
                || target.length() > LtiRegistrations.MAX_URL
                || !(target.equals(toolBase) || target.startsWith(toolBase + "/"))) {
            throw new LtiException("lti.login.error.target");
        }
        if (request.deploymentId() != null && !registration.hasDeployment(request.deploymentId())) {
            throw new LtiException("lti.launch.error.deployment");
        }
        LoginStates.Started started = states.start(registration.id());
        Query uri = Query.of(registration.authorizationEndpoint().toString())
                .add("scope", "openid")
                .add("response_type", "id_token")
                .add("response_mode", "form_post")
                .add("prompt", "none")
                .add("client_id", registration.clientId())
                .add("redirect_uri", toolBase + "/lti/launch")
                .add("login_hint", request.loginHint())
                .add("lti_message_hint", request.messageHint())
                .add("state", started.state())
                .add("nonce", started.nonce());
        return new Redirect(URI.create(uri.toString()), started.state());
    }

    /** The registration the request names; an issuer alone names its only registration. */
    public LtiRegistration registration(Request request) {
        if (request.clientId() != null && !request.clientId().isEmpty()) {
            return registrations
                    .find(request.issuer(), request.clientId())
                    .orElseThrow(() -> new LtiException("lti.login.error.unknown-platform"));
        }
        List<LtiRegistration> all = registrations.findByIssuer(request.issuer());
        if (all.size() != 1) {
            throw new LtiException("lti.login.error.unknown-platform");
        }
        return all.getFirst();
    }
}
