package app.lectern.config;

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
        @DefaultValue Throttle throttle) {

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
}
