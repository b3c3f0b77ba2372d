package app.lectern.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Lectern uses of a launch's id token, read with a limit on every value: ids at most {@value #MAX_ID}
 * characters, names and titles cut to {@value #MAX_TEXT}, at most {@value #MAX_ROLES} roles, URLs absolute.
 *
 * @param subject the platform's user id ({@code sub})
 * @param name the user's name, or {@code null}
 * @param messageType {@link #RESOURCE_LINK} or {@link #DEEP_LINKING}
 * @param deploymentId the deployment id
 * @param roles the role URIs
 * @param contextId the course id, or {@code null}
 * @param contextTitle the course title, or {@code null}
 * @param resourceLinkId the resource link id (resource link launches only)
 * @param moduleId the {@code lectern_module} custom parameter, or {@code null}
 * @param lineItems the AGS line items URL, or {@code null}
 * @param lineItem the AGS line item URL, or {@code null}
 * @param agsScopes the AGS scopes
 * @param memberships the NRPS memberships URL, or {@code null}
 * @param deepLinkReturnUrl where a deep linking response goes (deep linking only)
 * @param deepLinkData the {@code data} to echo, or {@code null}
 * @param acceptsResourceLink whether the deep linking settings accept {@code ltiResourceLink}
 * @param acceptsLineItem whether they accept a line item with the link
 */
public record LaunchClaims(
        String subject,
        String name,
        String messageType,
        String deploymentId,
        List<String> roles,
        String contextId,
        String contextTitle,
        String resourceLinkId,
        String moduleId,
        URI lineItems,
        URI lineItem,
        List<String> agsScopes,
        URI memberships,
        URI deepLinkReturnUrl,
        String deepLinkData,
        boolean acceptsResourceLink,
        boolean acceptsLineItem) {

    /** The LTI claims' common prefix. */
    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    /** The deep linking claims' prefix. */
    public static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    /** The AGS endpoint claim. */
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

    /** The NRPS claim. */
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    /** A resource link launch. */
    public static final String RESOURCE_LINK = "LtiResourceLinkRequest";

    /** A deep linking request. */
    public static final String DEEP_LINKING = "LtiDeepLinkingRequest";

    /** The custom parameter naming the module of a link Lectern made. */
    public static final String MODULE_PARAMETER = "lectern_module";

    /** Longest id (sub, context, resource link, deployment), in characters. */
    public static final int MAX_ID = 255;

    /** Longest kept name or title; longer ones are cut. */
    public static final int MAX_TEXT = 200;

    /** Most roles read. */
    public static final int MAX_ROLES = 50;

    /** Longest URL. */
    public static final int MAX_URL = 1000;

    /** Longest deep linking {@code data}. */
    public static final int MAX_DATA = 2000;

    /** Most AGS scopes read. */
    public static final int MAX_SCOPES = 10;

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    /** Keeps the lists unmodifiable. */
    public LaunchClaims {
        roles = List.copyOf(roles);
        agsScopes = List.copyOf(agsScopes);
    }

    /**
     * Reads the claims of a token whose signature, issuer, audience, times and nonce were checked.
     *
     * @throws LtiException for a missing or malformed claim, or a value over its limit
     */
    static LaunchClaims read(JWTClaimsSet claims) {
        try {
            if (!"1.3.0".equals(claims.getStringClaim(LTI + "version"))) {
                throw new LtiException("lti.launch.error.version");
            }
            String type = claims.getStringClaim(LTI + "message_type");
            if (!RESOURCE_LINK.equals(type) && !DEEP_LINKING.equals(type)) {
                throw new LtiException("lti.launch.error.message-type");
            }
            String sub = id(claims.getSubject(), true, "lti.launch.error.subject");
            String deployment = id(claims.getStringClaim(LTI + "deployment_id"), true, "lti.launch.error.deployment");
            List<String> roles = strings(claims.getClaim(LTI + "roles"), MAX_ROLES, MAX_URL);
            Map<String, Object> context = claims.getJSONObjectClaim(LTI + "context");
            String contextId =
                    context == null ? null : id(string(context.get("id")), false, "lti.launch.error.context");
            String contextTitle = context == null ? null : text(string(context.get("title")));
            String linkId = null;
            if (RESOURCE_LINK.equals(type)) {
                Map<String, Object> link = claims.getJSONObjectClaim(LTI + "resource_link");
                linkId = id(link == null ? null : string(link.get("id")), true, "lti.launch.error.resource-link");
            }
            Map<String, Object> custom = claims.getJSONObjectClaim(LTI + "custom");
            String module = custom == null ? null : string(custom.get(MODULE_PARAMETER));
            if (module != null && (module.length() > MAX_ID || !module.matches("[A-Za-z0-9._-]+"))) {
                throw new LtiException("lti.launch.error.module");
            }
            Map<String, Object> ags = claims.getJSONObjectClaim(AGS_ENDPOINT);
            URI lineItems = ags == null ? null : url(ags.get("lineitems"));
            URI lineItem = ags == null ? null : url(ags.get("lineitem"));
            List<String> scopes = ags == null ? List.of() : strings(ags.get("scope"), MAX_SCOPES, MAX_URL);
            Map<String, Object> nrps = claims.getJSONObjectClaim(NRPS);
            URI memberships = nrps == null ? null : url(nrps.get("context_memberships_url"));
            URI returnUrl = null;
            String data = null;
            boolean acceptsLink = false;
            boolean acceptsLineItem = false;
            if (DEEP_LINKING.equals(type)) {
                Map<String, Object> settings = claims.getJSONObjectClaim(DL + "deep_linking_settings");
                if (settings == null || url(settings.get("deep_link_return_url")) == null) {
                    throw new LtiException("lti.launch.error.deep-link-settings");
                }
                returnUrl = url(settings.get("deep_link_return_url"));
                data = string(settings.get("data"));
                if (data != null && data.length() > MAX_DATA) {
                    throw new LtiException("lti.launch.error.deep-link-settings");
                }
                acceptsLink = strings(settings.get("accept_types"), 20, 100).contains("ltiResourceLink");
                acceptsLineItem = Boolean.TRUE.equals(settings.get("accept_lineitem"));
            }
            return new LaunchClaims(
                    sub,
                    name(claims),
                    type,
                    deployment,
                    roles,
                    contextId,
                    contextTitle,
                    linkId,
                    module,
                    lineItems,
                    lineItem,
                    scopes,
                    memberships,
                    returnUrl,
                    data,
                    acceptsLink,
                    acceptsLineItem);
        } catch (ParseException | ClassCastException e) {
            throw new LtiException("lti.launch.error.claims");
        }
    }

    /** Whether a role makes the user a teacher here: instructor, administrator or content developer of the context. */
    public boolean instructor() {
        return roles.stream().anyMatch(r -> teaching(r));
    }

    /** Whether the roles name a learner. */
    public boolean learner() {
        return roles.stream().anyMatch(r -> r.equals(MEMBERSHIP + "Learner") || r.equals("Learner"));
    }

    private static boolean teaching(String role) {
        String r = role.startsWith(MEMBERSHIP) ? role.substring(MEMBERSHIP.length()) : role;
        return r.equals("Instructor") || r.equals("Administrator") || r.equals("ContentDeveloper");
    }

    private static String name(JWTClaimsSet claims) throws ParseException {
        String name = text(claims.getStringClaim("name"));
        if (name == null) {
            String given = text(claims.getStringClaim("given_name"));
            String family = text(claims.getStringClaim("family_name"));
            name = text(((given == null ? "" : given) + " " + (family == null ? "" : family)).strip());
        }
        return name;
    }

    private static String id(String value, boolean required, String key) {
        if (value == null || value.isEmpty()) {
            if (required) {
                throw new LtiException(key, MAX_ID);
            }
            return null;
        }
        if (value.length() > MAX_ID || value.chars().anyMatch(Character::isISOControl)) {
            throw new LtiException(key, MAX_ID);
        }
        return value;
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\p{Cntrl}", " ").strip();
        if (v.isEmpty()) {
            return null;
        }
        return v.codePointCount(0, v.length()) > MAX_TEXT ? v.substring(0, v.offsetByCodePoints(0, MAX_TEXT)) : v;
    }

    private static String string(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new LtiException("lti.launch.error.claims");
        }
        return s;
    }

    private static List<String> strings(Object value, int maxCount, int maxLength) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > maxCount) {
            throw new LtiException("lti.launch.error.claims");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            String s = string(o);
            if (s == null || s.length() > maxLength) {
                throw new LtiException("lti.launch.error.claims");
            }
            out.add(s);
        }
        return out;
    }

    private static URI url(Object value) {
        String s = string(value);
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.length() > MAX_URL) {
            throw new LtiException("lti.launch.error.claims");
        }
        try {
            return new URI(LtiRegistrations.url(s, "lti.launch.error.claims"));
        } catch (URISyntaxException e) {
            throw new LtiException("lti.launch.error.claims");
        }
    }
}
