package app.lectern.content.load;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where each value of a {@code module.yaml} stands, by the same paths problems use
 * ({@code sections[2].questions[1].answer}), so that checks made after loading (the linter) can point at the file.
 */
public final class SourcePositions {

    /**
     * A place in the file.
     *
     * @param line 1-based line
     * @param column 1-based column
     */
    public record Position(int line, int column) {}

    private final Map<String, YamlNode> index;
    private final String[] lines;

    private SourcePositions(Map<String, YamlNode> index, String text) {
        this.index = index;
        this.lines = text.split("\n", -1);
    }

    /** Indexes the text of a module file; a text that does not parse gives positions at line 1 only. */
    public static SourcePositions of(String yaml) {
        try {
            return new SourcePositions(
                    YamlReader.read(yaml.getBytes(StandardCharsets.UTF_8)).index(), yaml);
        } catch (YamlReader.YamlException e) {
            return new SourcePositions(Map.of(), yaml);
        }
    }

    /** The value at this path, or of the nearest enclosing value the file has; line 1 when there is none. */
    public Position at(String path) {
        String at = path;
        YamlNode node = index.get(at);
        while (node == null && !at.isEmpty()) {
            int cut = at.endsWith("]") ? at.lastIndexOf('[') : at.lastIndexOf('.');
            at = cut < 0 ? "" : at.substring(0, cut);
            node = index.get(at);
        }
        return node == null ? new Position(1, 1) : new Position(node.line(), node.column());
    }

    /**
     * Where a piece of text of the value at {@code path} starts in the file, found by searching the file's lines
     * from that value on (for a sentence of a section body, say); the value's own position when it is not found on
     * one line.
     */
    public Position find(String path, String text) {
        Position start = at(path);
        String probe = text.strip();
        if (probe.length() > 30) {
            probe = probe.substring(0, 30);
        }
        if (probe.isEmpty()) {
            return start;
        }
        for (int i = start.line() - 1; i < lines.length; i++) {
            int from = i == start.line() - 1 ? Math.max(0, start.column() - 1) : 0;
            int col = lines[i].indexOf(probe, Math.min(from, lines[i].length()));
            if (col >= 0) {
                return new Position(i + 1, col + 1);
            }
        }
        return start;
    }
}
