package app.lectern.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
            new LecternProperties.Throttle(true));

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
        LecternProperties bound = bind(Map.of(
                "lectern.content-dir", "/srv/content",
                "lectern.data-dir", "/srv/data",
                "lectern.signup", "invite",
                "lectern.invite-code", "apple-tree",
                "lectern.admin", "arivera",
                "lectern.demo", "true",
                "lectern.retention.anonymous-days", "30",
                "lectern.retention.cron", "-",
                "lectern.throttle.enabled", "false"));

        assertThat(bound)
                .isEqualTo(new LecternProperties(
                        "/srv/content",
                        "/srv/data",
                        "invite",
                        "apple-tree",
                        "arivera",
                        true,
                        new LecternProperties.Retention(30, "-"),
                        new LecternProperties.Throttle(false)));
    }

    private static LecternProperties bind(Map<?, ?> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("lectern", LecternProperties.class);
    }
}
