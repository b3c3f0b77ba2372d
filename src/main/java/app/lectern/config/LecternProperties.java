package app.lectern.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code lectern.*} setting, with its default; the README's options table and {@code application.properties}
 * describe them. Values are taken leniently, as before: an unknown sign-up mode closes sign-up, a retention of zero
 * or less keeps anonymous progress forever.
 *
 * @param contentDir the folder of modules ({@code <module-id>/module.yaml}), read once at start-up
 * @param dataDir where the H2 database file is kept
 * @param signup teacher sign-up: {@code open}, {@code invite} (needs {@code inviteCode}) or {@code closed}
 * @param inviteCode the code a teacher enters to sign up when {@code signup} is {@code invite}
 * @param admin a login name that is made an administrator at start-up; blank for none
 * @param demo whether to create the demo data at start-up and print its logins
 * @param retention how long anonymous self-study progress is kept
 * @param throttle the per-address limit on sign-ups, joins and log-ins
 * @param trustedProxies the reverse proxies (IP addresses or CIDR blocks) whose {@code X-Forwarded-For} and {@code
 *     X-Forwarded-Proto} are believed; empty (the default) believes no forwarded header
 * @param sessions how many anonymous sessions the server keeps, and for how long
 * @param authoring teachers' modules
 * @param i18n interface languages
 * @param ltiSync sending scores to learning platforms (LTI grade passback)
 */
@ConfigurationProperties("lectern")
public record LecternProperties(
        @DefaultValue("./content") String contentDir,
        @DefaultValue("./data") String dataDir,
        @DefaultValue("open") String signup,
        @DefaultValue("") String inviteCode,
        @DefaultValue("") String admin,
        @DefaultValue("false") boolean demo,
        @DefaultValue Retention retention,
        @DefaultValue Throttle throttle,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue Sessions sessions,
        @DefaultValue Authoring authoring,
        @DefaultValue I18n i18n,
        @DefaultValue LtiSync ltiSync) {

    /** Keeps the proxy list unmodifiable and never null. */
    public LecternProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    /**
     * The retention limit of anonymous self-study progress.
     *
     * @param anonymousDays days after an anonymous learner was last seen; zero or less keeps progress forever
     * @param cron when the nightly deletion runs (a Spring cron expression; {@code -} never)
     */
    public record Retention(
            @DefaultValue("400") int anonymousDays,
            @DefaultValue("0 30 3 * * *") String cron) {}

    /**
     * The per-address throttle.
     *
     * @param enabled false switches it off (the test suite does: every mock request comes from one address)
     */
    public record Throttle(@DefaultValue("true") boolean enabled) {}

    /**
     * Bounds on anonymous sessions (about 110 KB of heap each with a reader tab, 230 KB for a client that runs no
     * script): once {@code maxAnonymous} are open, a new visitor
     * without a session gets a "server is busy" page and no session; signed-in users and open sessions carry on.
     *
     * @param maxAnonymous how many sessions without a signed-in user may be open at once
     * @param anonymousTimeout how long an anonymous session may be idle (signed-in ones keep {@code
     *     server.servlet.session.timeout})
     */
    public record Sessions(
            @DefaultValue("2000") int maxAnonymous,
            @DefaultValue("20m") java.time.Duration anonymousTimeout) {}

    /**
     * Teachers' modules.
     *
     * @param libraryNeedsApproval whether a module its owner makes public reaches the self-study library only once
     *     an administrator approves it
     */
    public record Authoring(@DefaultValue("true") boolean libraryNeedsApproval) {}

    /**
     * Interface languages.
     *
     * @param pseudoLocales whether the language switch also offers the test locales {@code en-XA} (accented, 40 %
     *     longer) and {@code ar-XB} (right to left)
     */
    public record I18n(@DefaultValue("false") boolean pseudoLocales) {}

    /**
     * Sending scores to learning platforms.
     *
     * @param interval how often the queued scores are looked at and sent; zero or less never (the test suite sends
     *     by hand)
     */
    public record LtiSync(@DefaultValue("30s") java.time.Duration interval) {}
}
