package app.lectern.content.load;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a module back to {@code module.yaml} text, the inverse of {@link ModuleLoader}: for any module the loader
 * returns, loading what this writes gives an equal module, and writing that again gives the same text. Keys follow
 * the binder's rule (component {@code readingMinutes} is {@code reading-minutes}); a question's common fields stand
 * in its own mapping, {@code type} second. A value a record's constructor would give anyway (an empty list, one
 * point, no word bank) is left out, so written files read like the hand-written ones. Thread-safe.
 */
public final class ModuleWriter {

    private static final String INDENT = "  ";

    /** Plain scalars we can write unquoted: no indicator first, no ": " or " #", no surrounding space. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z(][^\\n\\t\\x00-\\x1f\"`#]*");

    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.]?[0-9].*|\\.[a-zA-Z]+");

    private static final java.util.Set<String> RESERVED_WORDS =
            java.util.Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n", "~");

    /** The module as {@code module.yaml} text. */
    public String write(LearningModule module) {
        StringBuilder out = new StringBuilder();
        writeRecord(out, module, 0, false);
        return out.toString();
    }

    /** One question as a YAML mapping (as it stands in a section's {@code questions:} list, without the dash). */
    public String write(Question question) {
        StringBuilder out = new StringBuilder();
        writeRecord(out, (Record) question, 0, false);
        return out.toString();
    }

    /**
     * Writes a record's components as "key: value" lines at {@code depth}. With {@code inList} the first line goes
     * right after a "- " already written.
     */
    private void writeRecord(StringBuilder out, Record value, int depth, boolean inList) {
        boolean[] first = {true};
        writeComponents(out, value, depth, inList, first);
        if (first[0]) {
            // a record with nothing to write still needs to be a mapping
            out.append(inList ? "{}\n" : indent(depth) + "{}\n");
        }
    }

    private void writeComponents(StringBuilder out, Record value, int depth, boolean inList, boolean[] first) {
        Shape shape = Shape.of(value.getClass());
        for (int i = 0; i < shape.components().length; i++) {
            RecordComponent component = shape.components()[i];
            Object v = shape.get(value, i);
            if (component.getType() == QuestionBase.class) {
                writeComponents(out, (Record) v, depth, inList, first);
                continue;
            }
            if (v == null || shape.isDefault(value, i, v)) {
                continue;
            }
            String key = RecordBinder.key(component.getName());
            if (first[0] && inList) {
                first[0] = false;
            } else {
                first[0] = false;
                out.append(indent(depth));
            }
            out.append(key).append(':');
            writeValue(out, v, depth);
        }
    }

    /** Writes a value after "key:", ending with a newline. */
    private void writeValue(StringBuilder out, Object v, int depth) {
        switch (v) {
            case String s -> writeString(out, s, depth);
            case Integer n -> out.append(' ').append(n).append('\n');
            case Double d -> out.append(' ').append(number(d)).append('\n');
            case Boolean b -> out.append(' ').append(b).append('\n');
            case Enum<?> e -> out.append(' ').append(enumName(e)).append('\n');
            case List<?> list -> writeList(out, list, depth);
            case Record r -> {
                out.append('\n');
                writeRecord(out, r, depth + 1, false);
            }
            default -> throw new IllegalStateException("cannot write " + v.getClass());
        }
    }

    private void writeList(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append(" []\n");
            return;
        }
        out.append('\n');
        for (Object item : list) {
            out.append(indent(depth + 1)).append("- ");
            switch (item) {
                case Record r -> writeRecord(out, r, depth + 2, true);
                case String s -> writeString(out, s, depth + 2, true);
                case null -> out.append("null\n");
                default -> {
                    StringBuilder scalar = new StringBuilder();
                    writeValue(scalar, item, depth + 1);
                    out.append(scalar.substring(1));
                }
            }
        }
    }

    private void writeString(StringBuilder out, String s, int depth) {
        writeString(out, s, depth + 1, false);
    }

    /** A string after "key:" (or after "- " when {@code afterDash}); block lines are indented at {@code depth}. */
    private void writeString(StringBuilder out, String s, int depth, boolean afterDash) {
        String lead = afterDash ? "" : " ";
        if (s.indexOf('\n') >= 0 && literalSafe(s)) {
            String body = s;
            String chomp;
            if (body.endsWith("\n\n")) {
                chomp = "+";
            } else if (body.endsWith("\n")) {
                chomp = "";
            } else {
                chomp = "-";
                body = body + "\n";
            }
            out.append(lead).append('|').append(chomp).append('\n');
            int start = 0;
            while (start < body.length()) {
                int end = body.indexOf('\n', start);
                String line = body.substring(start, end);
                if (!line.isEmpty()) {
                    out.append(indent(depth)).append(line);
                }
                out.append('\n');
                start = end + 1;
            }
            return;
        }
        out.append(lead).append(plain(s) ? s : quoted(s)).append('\n');
    }

    /** Whether a multi-line text can stand as a literal block (its exact text comes back). */
    private static boolean literalSafe(String s) {
        if (s.startsWith(" ") || s.startsWith("\n")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n') || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                return false;
            }
        }
        // a body whose lines all end in spaces before a newline is fine; a last line of only spaces is not
        return !s.endsWith(" ") && !s.contains(" \n\n") && !s.matches("(?s).*\\n +\\n.*");
    }

    private static boolean plain(String s) {
        return PLAIN.matcher(s).matches()
                && !s.endsWith(" ")
                && !s.endsWith(":")
                && !s.contains(": ")
                && !s.contains(" #")
                && !NUMBER_LIKE.matcher(s).matches()
                && !RESERVED_WORDS.contains(s.toLowerCase(Locale.ROOT))
                && s.chars().allMatch(c -> c < 0x7f || (c >= 0xa0 && c != 0x2028 && c != 0x2029 && c != 0xfeff));
    }

    private static String quoted(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    private static String enumName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String indent(int depth) {
        return INDENT.repeat(depth);
    }

    /** A record type's components and what its constructor makes of a missing value. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor) {

        private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

        static Shape of(Class<?> type) {
            return SHAPES.computeIfAbsent(type, t -> {
                RecordComponent[] components = t.getRecordComponents();
                Class<?>[] raw = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    raw[i] = components[i].getType();
                }
                try {
                    return new Shape(components, t.getDeclaredConstructor(raw));
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("cannot construct " + t, e);
                }
            });
        }

        Object get(Record value, int i) {
            try {
                return components[i].getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * Whether the loader would give this component the same value if the key were left out: the record built
         * with {@code null} there holds an equal value (an empty list, one point, no bank).
         */
        boolean isDefault(Record value, int i, Object v) {
            if (v instanceof Question || v instanceof Record) {
                return false;
            }
            Object[] args = new Object[components.length];
            for (int j = 0; j < args.length; j++) {
                args[j] = j == i ? null : get(value, j);
            }
            try {
                Record rebuilt = (Record) constructor.newInstance(args);
                return Objects.equals(get(rebuilt, i), v);
            } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
                return false;
            }
        }
    }
}
