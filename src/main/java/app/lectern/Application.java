package app.lectern;

import app.lectern.config.LecternProperties;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Starts Lectern: the web app, or the content validator with {@code validate <folder>}. */
@SpringBootApplication
@EnableConfigurationProperties(LecternProperties.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("lectern/styles/lectern.css")
@ColorScheme(ColorScheme.Value.SYSTEM)
public class Application implements AppShellConfigurator {

    /** Our own icon (an open book with a marked line) for the browser tab, served from {@code /lectern/icons/}. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("lectern/icons/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }

    /** Entry point. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(args, System.out));
        }
        SpringApplication.run(Application.class, args);
    }
}
