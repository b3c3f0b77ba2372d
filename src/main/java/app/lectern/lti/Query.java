package app.lectern.lti;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds a URL's query with every value form-encoded ({@code +}, {@code &}, braces and all). */
public final class Query {

    private final StringBuilder url;

    private Query(String base) {
        this.url = new StringBuilder(base);
    }

    /** Starts from this URL (which may have a query already). */
    public static Query of(String base) {
        return new Query(base);
    }

    /** Adds the parameter; a {@code null} value is left out. */
    public Query add(String name, String value) {
        if (value != null) {
            url.append(url.indexOf("?") < 0 ? '?' : '&')
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return this;
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
