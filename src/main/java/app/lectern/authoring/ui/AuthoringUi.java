package app.lectern.authoring.ui;

import app.lectern.authoring.AuthoringException;
import app.lectern.authoring.DraftConflictException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;

/** What the authoring pages share: route parameter names, messages, sections. */
final class AuthoringUi {

    /** The route parameter of a module id. */
    static final String MODULE = "module";

    /** A module id in an address: as {@code Slugs.MODULE_ID}. */
    static final String MODULE_ID = "([a-z0-9][a-z0-9-]{2,63})";

    private AuthoringUi() {}

    /** The translated reason of a refused operation. */
    static String message(Component view, RuntimeException e) {
        if (e instanceof DraftConflictException c) {
            return view.getTranslation("authoring.error.conflict", c.savedBy(), time(view, c.savedAt()));
        }
        if (e instanceof AuthoringException a) {
            return view.getTranslation(a.messageKey(), a.args());
        }
        if (e instanceof NoSuchElementException || e instanceof AccessDeniedException) {
            return view.getTranslation("authoring.notfound");
        }
        throw e;
    }

    /** A page section headed by an {@code H2} whose id {@code <id>-heading} names the section. */
    static Section section(String id, String heading) {
        Section section = new Section();
        H2 h2 = new H2(heading);
        h2.setId(id + "-heading");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        section.setId(id);
        section.add(h2);
        return section;
    }

    /** Shows a short confirmation that screen readers announce. */
    static void notify(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START);
    }

    /** A time in the server's zone, in the user's locale. */
    static String time(Component view, Instant instant) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        Locale locale = ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(ZoneId.systemDefault()));
    }
}
