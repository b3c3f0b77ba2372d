package app.lectern.classroom.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The "Share to Google Classroom" address for a link: Google's share page, opened in a new tab, where the teacher
 * picks a class and posts the link as an assignment or material. A plain link, not Google's {@code platform.js}
 * button: nothing from Google loads on any Lectern page, the content security policy stays same-origin, and the
 * teacher's browser talks to Google only when they click (docs/guide-teachers.md). Google documents the script
 * button (developers.google.com/classroom/guides/sharebutton); this is the share page that button opens.
 */
final class ClassroomShare {

    /** Google Classroom's share page; {@code url} is the link to share, {@code title} the post's suggested title. */
    static final String SHARE_PAGE = "https://classroom.google.com/share";

    private ClassroomShare() {}

    /** The share page's address for {@code link} (absolute, as students will open it) with {@code title}. */
    static String url(String link, String title) {
        return SHARE_PAGE + "?url=" + encode(link) + "&title=" + encode(title);
    }

    private static String encode(String value) {
        // %20, not +: the value is a query parameter that Google decodes either way, but %20 is unambiguous
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
