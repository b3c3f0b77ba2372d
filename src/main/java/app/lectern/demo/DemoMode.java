package app.lectern.demo;

import app.lectern.config.LecternProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --lectern.demo=true}: at start-up, creates the demo data if it does not exist yet and prints the logins
 * to try it with. Off by default.
 */
@Component
class DemoMode {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);

    private final DemoData demo;
    // Read at run time, not a @ConditionalOnProperty: with Spring AOT (-Dspring.aot.enabled=true) conditions are
    // evaluated once at build time, so --lectern.demo=true on the command line would be ignored.
    private final boolean enabled;

    DemoMode(DemoData demo, LecternProperties properties) {
        this.demo = demo;
        this.enabled = properties.demo();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        DemoSummary summary;
        try {
            summary = demo.ensure();
        } catch (RuntimeException e) {
            LOG.error("Demo mode: could not create the demo data (nothing was stored)", e);
            return;
        }
        StringBuilder out = new StringBuilder();
        out.append("\n\n==== Lectern demo mode (lectern.demo=true) ====\n");
        out.append(summary.created() ? "Created the demo data.\n" : "The demo data exists; nothing new created.\n");
        out.append("Log in at /login as the demo teacher:\n");
        out.append("    login:    ").append(summary.teacher().loginName()).append('\n');
        out.append("    password: ").append(summary.teacher().password()).append('\n');
        out.append("Class \"")
                .append(DemoData.CLASS_NAME)
                .append("\", join code ")
                .append(summary.joinCode())
                .append("; the gradebook is at /teach/assignments/")
                .append(summary.assignmentId())
                .append('\n');
        out.append("Demo students (login / password):\n");
        summary.students()
                .forEach(s -> out.append("    ")
                        .append(s.loginName())
                        .append(" / ")
                        .append(s.password())
                        .append("  (")
                        .append(s.displayName())
                        .append(")\n"));
        out.append("Demo passwords are new at every start in demo mode. The people and answers are fictional;\n");
        out.append("do not turn demo mode on for a server with real students.\n");
        out.append("===============================================\n");
        LOG.warn(out.toString());
    }
}
