package app.lectern.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An unexpected failure while handling a click is logged and shown to the learner as a short, translated message
 * (saying that what was already saved is safe) instead of failing silently; the app keeps running. A failure
 * inside Vaadin alone (a request the browser could not have sent) is one line of log, see {@link MalformedRequestLog}.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    report(error.getThrowable());
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        Notification n = Notification.show(
                                ui.getTranslation("error.unexpected"), 8000, Notification.Position.MIDDLE);
                        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }));
    }

    /** Logs a failure: Lectern's own with its stack trace, a malformed request as one line. */
    static void report(Throwable error) {
        if (MalformedRequestLog.isMalformedRequest(error)) {
            MalformedRequestLog.refused("failed in Vaadin", error);
        } else {
            LOG.error("unexpected error in the UI", error);
        }
    }
}
