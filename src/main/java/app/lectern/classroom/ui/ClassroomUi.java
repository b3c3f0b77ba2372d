package app.lectern.classroom.ui;

import app.lectern.account.AccountException;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.classroom.roster.LoginCard;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;

/** What the classroom views share: the class id from the URL, not-found handling, messages, dates, cards. */
final class ClassroomUi {

    /** The route parameter holding a class id. */
    static final String CLASS_ID = "classId";

    private static final String CARDS = "lectern.classroom.cards.";

    private ClassroomUi() {}

    /** The id in a route parameter declared with {@link NotFoundView#ID}, so it is always a number. */
    static long id(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().getLong(parameter).orElseThrow();
    }

    /** The signed-in teacher's class of the URL; else the not-found page, also for another teacher's class. */
    static SchoolClass ownClass(BeforeEnterEvent event, Component view, ClassroomService classroom) {
        long id = id(event, CLASS_ID);
        return NotFoundView.orNotFound(() -> classroom.schoolClass(id), view.getTranslation("classroom.notfound"));
    }

    /** The translated reason of a refused operation. */
    static String message(Component view, RuntimeException e) {
        if (e instanceof ClassroomException c) {
            return view.getTranslation(c.messageKey(), c.args());
        }
        if (e instanceof AccountException a) {
            return view.getTranslation(a.messageKey(), a.args());
        }
        if (e instanceof NoSuchElementException || e instanceof AccessDeniedException) {
            return view.getTranslation("classroom.notfound");
        }
        throw e;
    }

    /** A page section headed by an {@code H2} whose id {@code <id>-heading} names the section. */
    static com.vaadin.flow.component.html.Section section(String id, String heading) {
        com.vaadin.flow.component.html.Section section = new com.vaadin.flow.component.html.Section();
        com.vaadin.flow.component.html.H2 h2 = new com.vaadin.flow.component.html.H2(heading);
        h2.setId(id + "-heading");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        section.add(h2);
        return section;
    }

    /** Shows a short confirmation that screen readers announce. */
    static void notify(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START);
    }

    /** A date-time in a class's zone, in the user's locale. */
    static String format(Component view, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(view))
                .format(instant.atZone(zone));
    }

    /** The app's address as the browser reached it, e.g. {@code https://lectern.example.org}, plus {@code path}. */
    static String appUrl(String path) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpServletRequest http = request.getHttpServletRequest();
            boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                    || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
            return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                    + http.getContextPath() + "/" + path;
        }
        return "/" + path;
    }

    /** The address that opens the join page with the class's code filled in. */
    static String joinLink(String code) {
        return appUrl("join?code=" + code);
    }

    private static java.util.Locale locale(Component view) {
        return view.getUI().map(UI::getLocale).orElseGet(() -> {
            UI ui = UI.getCurrent();
            return ui == null || ui.getLocale() == null ? java.util.Locale.ENGLISH : ui.getLocale();
        });
    }

    /** How long freshly created cards (with their passwords) can be opened for printing. */
    static final java.time.Duration CARDS_KEPT = java.time.Duration.ofMinutes(15);

    private record KeptCards(List<LoginCard> cards, java.time.Instant until) {}

    /**
     * Keeps freshly created cards in the UI session only (the database has no passwords), for {@link #CARDS_KEPT}:
     * long enough to print, not so long that a shared teacher computer shows them to the next person.
     */
    static void keepCards(long classId, List<LoginCard> cards) {
        VaadinSession.getCurrent()
                .setAttribute(
                        CARDS + classId,
                        new KeptCards(
                                List.copyOf(cards), java.time.Instant.now().plus(CARDS_KEPT)));
    }

    /**
     * Adds one card (a reset password) to the cards kept for the class, replacing an older card of the same login,
     * and keeps them all for another {@link #CARDS_KEPT}.
     */
    static void keepCard(long classId, LoginCard card) {
        List<LoginCard> cards = new java.util.ArrayList<>(cards(classId));
        cards.removeIf(c -> c.loginName().equals(card.loginName()));
        cards.add(card);
        keepCards(classId, cards);
    }

    /** The cards created in this session for the class, while they are kept. */
    static List<LoginCard> cards(long classId) {
        Object kept = VaadinSession.getCurrent().getAttribute(CARDS + classId);
        if (kept instanceof KeptCards k && java.time.Instant.now().isBefore(k.until())) {
            return k.cards();
        }
        VaadinSession.getCurrent().setAttribute(CARDS + classId, null);
        return List.of();
    }
}
