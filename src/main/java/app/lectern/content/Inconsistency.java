package app.lectern.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A broken cross-reference found by {@link ConsistentModule}, e.g. an answer that names no option.
 *
 * @param path where, in content-file keys relative to the checked object, e.g. {@code options[2].id} or
 *     {@code answer}
 * @param message what is wrong, for authors
 */
public record Inconsistency(String path, String message) {

    /** The same problem seen from a parent object: {@code prefix} goes in front of the path. */
    public Inconsistency under(String prefix) {
        return new Inconsistency(path.isEmpty() ? prefix : prefix + "." + path, message);
    }

    /**
     * Reports every repeated key of a list, at the repeating element: {@code <list>[i].<field>}, or {@code <list>[i]}
     * when {@code field} is empty. Elements whose key is {@code null} are skipped (field constraints report them).
     */
    public static <T> List<Inconsistency> duplicates(
            String list, String field, List<T> elements, Function<T, String> key, String what) {
        List<Inconsistency> out = new ArrayList<>();
        if (elements == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            T element = elements.get(i);
            String k = element == null ? null : key.apply(element);
            if (k != null && !seen.add(k)) {
                String path = list + "[" + i + "]" + (field.isEmpty() ? "" : "." + field);
                out.add(new Inconsistency(path, "duplicate " + what + " '" + k + "'"));
            }
        }
        return out;
    }

    /** "'x' is not a(n) {what} (a, b, c)", the message for a reference to a missing id. */
    public static String notOneOf(String value, String what, Collection<String> known) {
        // a hostile file may have thousands of ids: naming them all in every message would multiply its size
        String list = known.size() <= MAX_LISTED
                ? String.join(", ", known)
                : String.join(", ", known.stream().limit(MAX_LISTED).toList()) + ", … " + (known.size() - MAX_LISTED)
                        + " more";
        return "'" + value + "' is not " + what + " (" + list + ")";
    }

    /** A content text cut to at most 80 characters for a message (a hostile file may quote a whole body). */
    public static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }

    private static final int MAX_LISTED = 20;
}
