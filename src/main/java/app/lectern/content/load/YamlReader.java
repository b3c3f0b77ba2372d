package app.lectern.content.load;

import app.lectern.content.load.YamlNode.ScalarType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML into a {@link YamlNode} tree that keeps every node's line and column. Hostile input fails fast with
 * one clear message: files over 1 MiB are refused before parsing, and anchors, aliases and tags are refused at the
 * first one, so an alias is never expanded ("billion laughs"); nesting is limited to {@value #MAX_DEPTH} levels.
 */
final class YamlReader {

    /** Largest accepted file. */
    static final int MAX_BYTES = 1024 * 1024;

    /** Deepest accepted nesting of mappings and lists. */
    static final int MAX_DEPTH = 64;

    /**
     * Most values (mappings, lists and scalars) in one file. A module at every size limit has about 32,000; a
     * hostile file of 1 MiB can have 200,000, and binding and checking them would take seconds.
     */
    static final int MAX_VALUES = 50_000;

    private static final YAMLMapper MAPPER = mapper(null);

    /** Texts longer than this are parsed with {@link #LARGE_MAPPER}. */
    private static final int LARGE_TEXT = 64 * 1024;

    /**
     * For large texts: the whole file in one read. SnakeYAML Engine reads 1,024 characters at a time and copies its
     * whole window of unread code points on each read; a scalar of a MiB stays in that window from start to end, so
     * the copies add up to gigabytes (2.1 GB allocated for one 1,040,000-character title).
     */
    private static final YAMLMapper LARGE_MAPPER = mapper(MAX_BYTES + 1);

    private static YAMLMapper mapper(Integer bufferSize) {
        YAMLFactory factory = bufferSize == null
                ? new YAMLFactory()
                : YAMLFactory.builder()
                        .loadSettings(
                                LoadSettings.builder().setBufferSize(bufferSize).build())
                        .build();
        return YAMLMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private YamlReader() {}

    /** A problem that stops reading the file. */
    static final class YamlException extends Exception {
        final int line;
        final int column;
        final String path;

        YamlException(int line, int column, String path, String message) {
            super(message);
            this.line = Math.max(1, line);
            this.column = Math.max(1, column);
            this.path = path;
        }
    }

    /**
     * A parsed document.
     *
     * @param index every node by its path
     */
    record Document(YamlNode root, Map<String, YamlNode> index) {}

    /** Parses UTF-8 bytes (a leading byte order mark is accepted). */
    static Document read(byte[] bytes) throws YamlException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        refuseControlCharacters(text);
        Map<String, YamlNode> index = new HashMap<>();
        try (JsonParser parser = (text.length() > LARGE_TEXT ? LARGE_MAPPER : MAPPER).createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new YamlException(1, 1, "", "the file is empty");
            }
            YamlNode root = readValue(parser, token, "", 0, index, 0, 0);
            if (parser.nextToken() != null) {
                throw at(parser, "", "only one YAML document is allowed per file (remove the second '---')");
            }
            return new Document(root, index);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            int line = loc == null ? 1 : loc.getLineNr();
            int column = loc == null ? 1 : loc.getColumnNr();
            throw new YamlException(line, column, "", cleanMessage(e.getOriginalMessage()));
        }
    }

    static YamlException tooLarge(long size) {
        return new YamlException(
                1, 1, "", "the file has " + size + " bytes; the limit is 1 MiB (" + MAX_BYTES + " bytes)");
    }

    private static YamlNode readValue(
            JsonParser parser,
            JsonToken token,
            String path,
            int depth,
            Map<String, YamlNode> index,
            int keyLine,
            int keyColumn)
            throws YamlException {
        refuseMarkers(parser, path);
        if (index.size() >= MAX_VALUES) {
            throw at(
                    parser,
                    path,
                    "the file has more than " + MAX_VALUES + " values (keys and list entries); no module"
                            + " needs that many");
        }
        TokenStreamLocation loc = parser.currentTokenLocation();
        int line = loc.getLineNr();
        int column = loc.getColumnNr();
        if (keyLine == 0) {
            keyLine = line;
            keyColumn = column;
        }
        YamlNode node;
        switch (token) {
            case START_OBJECT -> {
                checkDepth(parser, path, depth);
                node = YamlNode.mapping(path, line, column, keyLine, keyColumn);
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
                    refuseMarkers(parser, path);
                    String key = parser.currentName();
                    TokenStreamLocation keyLoc = parser.currentTokenLocation();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    if (t != JsonToken.PROPERTY_NAME || key == null) {
                        throw at(parser, path, "unsupported mapping key");
                    }
                    if (node.entries().containsKey(key)) {
                        throw at(parser, childPath, "duplicate key '" + key + "'");
                    }
                    YamlNode child = readValue(
                            parser,
                            parser.nextToken(),
                            childPath,
                            depth + 1,
                            index,
                            keyLoc.getLineNr(),
                            keyLoc.getColumnNr());
                    node.entries().put(key, child);
                }
            }
            case START_ARRAY -> {
                checkDepth(parser, path, depth);
                node = YamlNode.sequence(path, line, column, keyLine, keyColumn);
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    String childPath = path + "[" + node.items().size() + "]";
                    node.items().add(readValue(parser, t, childPath, depth + 1, index, 0, 0));
                }
            }
            case VALUE_STRING -> node = scalar(parser, path, line, column, keyLine, keyColumn, ScalarType.STRING);
            case VALUE_NUMBER_INT -> node = scalar(parser, path, line, column, keyLine, keyColumn, ScalarType.INTEGER);
            case VALUE_NUMBER_FLOAT -> node = scalar(parser, path, line, column, keyLine, keyColumn, ScalarType.FLOAT);
            case VALUE_TRUE, VALUE_FALSE ->
                node = scalar(parser, path, line, column, keyLine, keyColumn, ScalarType.BOOLEAN);
            case VALUE_NULL -> node = YamlNode.scalar(path, line, column, keyLine, keyColumn, null, ScalarType.NULL);
            default -> throw at(parser, path, "unsupported YAML value");
        }
        index.put(path, node);
        return node;
    }

    private static YamlNode scalar(
            JsonParser parser, String path, int line, int column, int keyLine, int keyColumn, ScalarType type) {
        return YamlNode.scalar(path, line, column, keyLine, keyColumn, parser.getString(), type);
    }

    private static void checkDepth(JsonParser parser, String path, int depth) throws YamlException {
        if (depth >= MAX_DEPTH) {
            throw at(parser, path, "nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    /** Anchors, aliases and tags have no use in content and are the tools of expansion attacks. */
    private static void refuseMarkers(JsonParser parser, String path) throws YamlException {
        YAMLParser yaml = (YAMLParser) parser;
        if (yaml.isCurrentAlias()) {
            throw at(parser, path, "YAML aliases (*" + parser.getString() + ") are not allowed");
        }
        if (yaml.getObjectId() != null) {
            throw at(parser, path, "YAML anchors (&" + yaml.getObjectId() + ") are not allowed");
        }
        if (yaml.getTypeId() != null) {
            throw at(parser, path, "YAML tags (!" + yaml.getTypeId() + ") are not allowed");
        }
    }

    private static YamlException at(JsonParser parser, String path, String message) {
        TokenStreamLocation loc = parser.currentTokenLocation();
        return new YamlException(loc.getLineNr(), loc.getColumnNr(), path, message);
    }

    /** Decodes strictly, pointing at the first byte that is not UTF-8. */
    private static String decode(byte[] bytes) throws YamlException {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new YamlException(
                    1, 1, "", "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new YamlException(
                    line,
                    offset - lineStart + 1,
                    "",
                    String.format("the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8", bytes[offset] & 0xff));
        }
        return out.flip().toString();
    }

    /**
     * YAML allows no control characters but tab and line breaks; the parser would only say "special characters are
     * not allowed", without a position.
     */
    private static void refuseControlCharacters(String text) throws YamlException {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F && c != 0x85)) {
                throw new YamlException(
                        line,
                        i - lineStart + 1,
                        "",
                        String.format("the control character U+%04X is not allowed in YAML; remove it", (int) c));
            }
        }
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "cannot read the YAML";
        }
        var dup = java.util.regex.Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]*)\"")
                .matcher(message);
        if (dup.find()) {
            return "duplicate key '" + dup.group(1) + "'";
        }
        if (message.startsWith("Expected a property name")) {
            return "a key must be text, not a list or a mapping";
        }
        return "invalid YAML: " + message.replaceAll("\\s+", " ").strip();
    }
}
