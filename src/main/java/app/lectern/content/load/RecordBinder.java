package app.lectern.content.load;

import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.load.YamlNode.Kind;
import app.lectern.content.load.YamlNode.ScalarType;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypes;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Maps a {@link YamlNode} tree onto records by reflection, collecting every problem instead of stopping at the first.
 * A record component {@code readingMinutes} is the key {@code reading-minutes}; enums are written the same way
 * ({@code main-idea}); a {@link QuestionBase} component is read from the question's own mapping; a {@link Question}
 * is bound to the record its {@code type:} names. A value that cannot be bound is left out (lists) or {@code null}
 * (components), and its path is remembered so that validation does not report it a second time.
 */
final class RecordBinder {

    /** A binding problem at a node. */
    record Problem(int line, int column, String path, String message) {}

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();
    private final Map<String, List<Integer>> originalIndices = new HashMap<>();

    /** Binds the whole document; {@code null} when the root itself cannot be bound. */
    <T> T bind(YamlNode root, Class<T> type) {
        return type.cast(value(root, type, root.path()));
    }

    List<Problem> problems() {
        return problems;
    }

    /** Whether the value at this path (or one of its parents) could not be bound, and was reported already. */
    boolean failedAt(String path) {
        // walks up the path instead of scanning every failure: a file with thousands of both stays linear
        if (failed.contains(path)) {
            return true;
        }
        for (int i = path.length() - 1; i > 0; i--) {
            char c = path.charAt(i);
            if ((c == '.' || c == '[') && failed.contains(path.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /** Where a bound list's element came from in the file, when entries that could not be bound were left out. */
    int originalIndex(String listPath, int boundIndex) {
        List<Integer> map = originalIndices.get(listPath);
        return map == null || boundIndex >= map.size() ? boundIndex : map.get(boundIndex);
    }

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    /** Record component names are few; a file with thousands of entries asks for the same ones again and again. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    /** The content-file key of a record component: camelCase to kebab-case. */
    static String key(String componentName) {
        return KEYS.computeIfAbsent(
                componentName,
                name -> CAMEL_HUMP.matcher(name).replaceAll("$1-$2").toLowerCase(Locale.ROOT));
    }

    private Object value(YamlNode node, Type type, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return node.kind() == Kind.SCALAR
                    ? node.text()
                    : fail(node, path, "expected text, found " + node.describe());
        }
        if (raw == Integer.class) {
            if (node.scalarType() == ScalarType.INTEGER) {
                try {
                    return Integer.valueOf(node.text().replace("_", ""));
                } catch (NumberFormatException e) {
                    return fail(node, path, "the number " + node.text() + " is out of range");
                }
            }
            return fail(node, path, "expected a whole number, found " + node.describe());
        }
        if (raw == Double.class) {
            if (node.scalarType() == ScalarType.INTEGER || node.scalarType() == ScalarType.FLOAT) {
                try {
                    double d = Double.parseDouble(node.text().replace("_", ""));
                    if (Double.isFinite(d)) {
                        return d;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            return fail(node, path, "expected a number, found " + node.describe());
        }
        if (raw == Boolean.class) {
            return node.scalarType() == ScalarType.BOOLEAN
                    ? Boolean.valueOf(node.text().toLowerCase(Locale.ROOT).equals("true"))
                    : fail(node, path, "expected true or false, found " + node.describe());
        }
        if (raw.isEnum()) {
            return enumValue(node, raw, path);
        }
        if (raw == List.class) {
            return list(node, ((ParameterizedType) type).getActualTypeArguments()[0], path);
        }
        if (raw == Question.class) {
            return question(node, path);
        }
        if (raw.isRecord()) {
            return record(node, raw, path);
        }
        throw new IllegalStateException("no binding for " + type);
    }

    private Object enumValue(YamlNode node, Class<?> type, String path) {
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
        if (node.kind() == Kind.SCALAR) {
            int i = names.indexOf(node.text());
            if (i >= 0) {
                return type.getEnumConstants()[i];
            }
            return fail(node, path, "'" + node.text() + "' is not one of: " + String.join(", ", names));
        }
        return fail(node, path, "expected one of " + String.join(", ", names) + ", found " + node.describe());
    }

    private List<Object> list(YamlNode node, Type elementType, String path) {
        if (node.kind() != Kind.SEQUENCE) {
            return fail(node, path, "expected a list, found " + node.describe());
        }
        List<Object> out = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < node.items().size(); i++) {
            YamlNode item = node.items().get(i);
            String itemPath = path + "[" + i + "]";
            Object v = item.isNull() ? fail(item, itemPath, "empty list entry") : value(item, elementType, itemPath);
            if (v != null) {
                out.add(v);
                origin.add(i);
            }
        }
        if (out.size() < node.items().size()) {
            originalIndices.put(path, origin);
        }
        return out;
    }

    private Object question(YamlNode node, String path) {
        if (node.kind() != Kind.MAPPING) {
            return fail(node, path, "expected a question (a mapping), found " + node.describe());
        }
        YamlNode typeNode = node.entries().get("type");
        if (typeNode == null || typeNode.isNull() || typeNode.kind() != Kind.SCALAR) {
            problems.add(new Problem(
                    typeNode == null ? node.line() : typeNode.line(),
                    typeNode == null ? node.column() : typeNode.column(),
                    path + ".type",
                    "a question needs a type, one of: " + QuestionTypes.names()));
            failed.add(path);
            return null;
        }
        Optional<QuestionType<?, ?>> type = QuestionTypes.byName(typeNode.text());
        if (type.isEmpty()) {
            fail(
                    typeNode,
                    path + ".type",
                    "unknown question type '" + typeNode.text() + "' (" + QuestionTypes.names() + ")");
            failed.add(path);
            return null;
        }
        return record(node, type.get().questionClass(), path);
    }

    private Object record(YamlNode node, Class<?> type, String path) {
        if (node.kind() != Kind.MAPPING) {
            return fail(node, path, "expected a mapping, found " + node.describe());
        }
        Set<String> known = new LinkedHashSet<>();
        Object result = construct(node, type, path, known);
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                YamlNode v = e.getValue();
                problems.add(new Problem(
                        v.keyLine(),
                        v.keyColumn(),
                        v.path(),
                        "unknown key '" + YamlNode.abbreviate(e.getKey()) + "'" + hint(e.getKey(), known)));
            }
        }
        return result;
    }

    /** A record type's components, as the binder needs them; reflection builds new arrays on every call. */
    private record Shape(String[] keys, Type[] types, Class<?>[] raw, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] keys = new String[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                keys[i] = key(components[i].getName());
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                return new Shape(keys, types, raw, type.getDeclaredConstructor(raw));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("cannot construct " + type, e);
            }
        }
    }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private Object construct(YamlNode node, Class<?> type, String path, Set<String> known) {
        Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
        Object[] args = new Object[shape.raw().length];
        for (int i = 0; i < args.length; i++) {
            if (shape.raw()[i] == QuestionBase.class) {
                // the common question fields stand in the question's own mapping
                args[i] = construct(node, QuestionBase.class, path, known);
            } else {
                String key = shape.keys()[i];
                known.add(key);
                args[i] = value(node.entries().get(key), shape.types()[i], path.isEmpty() ? key : path + "." + key);
            }
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            return fail(node, path, "cannot be read: " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type, e);
        }
    }

    private <T> T fail(YamlNode node, String path, String message) {
        problems.add(new Problem(node.line(), node.column(), path, message));
        failed.add(path);
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("no binding for " + type);
    }

    /** " (did you mean 'answer'?)" for a near miss, otherwise the list of known keys. */
    private static String hint(String key, Set<String> known) {
        for (String k : key.length() > 100 ? Set.<String>of() : known) {
            if (distance(key, k) <= Math.max(1, Math.min(2, key.length() / 3))) {
                return " (did you mean '" + k + "'?)";
            }
        }
        return " (known keys: " + String.join(", ", known) + ")";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
