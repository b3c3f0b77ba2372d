package app.lectern.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The {@code lectern.*} settings bind under the names and with the defaults the README documents. */
class LecternPropertiesTest {

    private static final LecternProperties DEFAULTS = new LecternProperties(
            "./content",
            "./data",
            "open",
            "",
            "",
            false,
            new LecternProperties.Retention(400, "0 30 3 * * *"),
            new LecternProperties.Throttle(true),
            List.of(),
            new LecternProperties.Sessions(2000, java.time.Duration.ofMinutes(20)),
            new LecternProperties.Authoring(true),
            new LecternProperties.I18n(false),
            new LecternProperties.LtiSync(java.time.Duration.ofSeconds(30)));

    @Test
    void withoutSettingsTheDocumentedDefaultsApply() {
        assertThat(bind(Map.of())).isEqualTo(DEFAULTS);
    }

    @Test
    void theShippedApplicationPropertiesStateTheSameDefaults() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = LecternProperties.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }

        assertThat(bind(shipped)).isEqualTo(DEFAULTS);
    }

    @Test
    void everySettingBindsUnderItsCommandLineName() {
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "lectern.content-dir", "/srv/content",
                "lectern.data-dir", "/srv/data",
                "lectern.signup", "invite",
                "lectern.invite-code", "apple-tree",
                "lectern.admin", "arivera",
                "lectern.demo", "true",
                "lectern.retention.anonymous-days", "30",
                "lectern.retention.cron", "-",
                "lectern.throttle.enabled", "false",
                "lectern.trusted-proxies", "10.0.0.2, 192.168.1.0/24"));
        settings.put("lectern.sessions.max-anonymous", "50");
        settings.put("lectern.sessions.anonymous-timeout", "5m");
        settings.put("lectern.authoring.library-needs-approval", "false");
        settings.put("lectern.i18n.pseudo-locales", "true");
        settings.put("lectern.lti-sync.interval", "45s");
        LecternProperties bound = bind(settings);

        assertThat(bound)
                .isEqualTo(new LecternProperties(
                        "/srv/content",
                        "/srv/data",
                        "invite",
                        "apple-tree",
                        "arivera",
                        true,
                        new LecternProperties.Retention(30, "-"),
                        new LecternProperties.Throttle(false),
                        List.of("10.0.0.2", "192.168.1.0/24"),
                        new LecternProperties.Sessions(50, java.time.Duration.ofMinutes(5)),
                        new LecternProperties.Authoring(false),
                        new LecternProperties.I18n(true),
                        new LecternProperties.LtiSync(java.time.Duration.ofSeconds(45))));
    }

    private static LecternProperties bind(Map<?, ?> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("lectern", LecternProperties.class);
    }
}
