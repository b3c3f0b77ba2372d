package app.lectern.authoring.ui.aids;

import app.lectern.content.load.ContentProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The validator's problems under one path, keyed by the rest of their path. */
final class Problems {

    private Problems() {}

    /**
     * The problems whose path is {@code prefix} or starts with {@code prefix.} or {@code prefix[}, keyed by the rest
     * of the path ({@code ""}, {@code [2].definition}, {@code .author}); several problems at one path are joined.
     */
    static Map<String, String> under(List<ContentProblem> problems, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        if (problems == null) {
            return out;
        }
        for (ContentProblem p : problems) {
            String path = p.path() == null ? "" : p.path();
            if (path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[")) {
                out.merge(path.substring(prefix.length()), p.message(), (a, b) -> a + "; " + b);
            }
        }
        return out;
    }

    /** The problems of entry {@code index} of a list, keyed by the path inside the entry ({@code definition}). */
    static Map<String, String> ofEntry(Map<String, String> listProblems, int index) {
        Map<String, String> out = new LinkedHashMap<>();
        String head = "[" + index + "]";
        listProblems.forEach((path, message) -> {
            if (path.equals(head)) {
                out.merge("", message, (a, b) -> a + "; " + b);
            } else if (path.startsWith(head + ".")) {
                out.merge(path.substring(head.length() + 1), message, (a, b) -> a + "; " + b);
            }
        });
        return out;
    }

    /** The problems of one field: its own path, or an element of it ({@code answers[1]}). */
    static String of(Map<String, String> entryProblems, String field, List<String> placed) {
        List<String> messages = new ArrayList<>();
        entryProblems.forEach((path, message) -> {
            if (path.equals(field) || path.startsWith(field + "[") || path.startsWith(field + ".")) {
                messages.add(message);
                placed.add(path);
            }
        });
        return messages.isEmpty() ? null : String.join("; ", messages);
    }

    /** The problem at exactly this path (a missing group of fields, such as {@code evidence}). */
    static String exact(Map<String, String> entryProblems, String path, List<String> placed) {
        String message = entryProblems.get(path);
        if (message != null) {
            placed.add(path);
        }
        return message;
    }

    /** Joins the messages that are there, or {@code null}. */
    static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }
}
