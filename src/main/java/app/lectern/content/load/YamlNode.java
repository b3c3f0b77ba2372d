package app.lectern.content.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a parsed YAML document with its position, so that problems found later can point at the source.
 *
 * @param kind mapping, sequence or scalar
 * @param path the document path, e.g. {@code sections[2].questions[1].answer}; empty for the root
 * @param line 1-based line of the value
 * @param column 1-based column of the value
 * @param keyLine line of the key this node is the value of (its own line when it has no key)
 * @param keyColumn column of that key
 * @param entries the entries of a mapping, in file order
 * @param items the items of a sequence
 * @param text a scalar's text; {@code null} for a YAML null
 * @param scalarType a scalar's type as the parser saw it
 */
record YamlNode(
        Kind kind,
        String path,
        int line,
        int column,
        int keyLine,
        int keyColumn,
        Map<String, YamlNode> entries,
        List<YamlNode> items,
        String text,
        ScalarType scalarType) {

    enum Kind {
        MAPPING,
        SEQUENCE,
        SCALAR
    }

    enum ScalarType {
        STRING,
        INTEGER,
        FLOAT,
        BOOLEAN,
        NULL
    }

    static YamlNode mapping(String path, int line, int column, int keyLine, int keyColumn) {
        return new YamlNode(
                Kind.MAPPING, path, line, column, keyLine, keyColumn, new LinkedHashMap<>(), null, null, null);
    }

    static YamlNode sequence(String path, int line, int column, int keyLine, int keyColumn) {
        return new YamlNode(Kind.SEQUENCE, path, line, column, keyLine, keyColumn, null, new ArrayList<>(), null, null);
    }

    static YamlNode scalar(
            String path, int line, int column, int keyLine, int keyColumn, String text, ScalarType type) {
        return new YamlNode(Kind.SCALAR, path, line, column, keyLine, keyColumn, null, null, text, type);
    }

    boolean isNull() {
        return kind == Kind.SCALAR && scalarType == ScalarType.NULL;
    }

    /** "a mapping", "a list", "a number", … for messages. */
    String describe() {
        return switch (kind) {
            case MAPPING -> "a mapping";
            case SEQUENCE -> "a list";
            case SCALAR ->
                switch (scalarType) {
                    case STRING -> "the text '" + abbreviate(text) + "'";
                    case INTEGER, FLOAT -> "the number " + abbreviate(text);
                    case BOOLEAN -> text;
                    case NULL -> "nothing";
                };
        };
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
