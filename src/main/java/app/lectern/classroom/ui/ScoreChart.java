package app.lectern.classroom.ui;

import app.lectern.classroom.gradebook.ScoreBucket;
import java.util.List;

/**
 * The score distribution as an SVG bar chart, rendered on the server: no chart library, no script. The chart is one
 * image for assistive technology ({@code role="img"} with a label that lists every bar); the view shows the same
 * numbers in a table.
 */
final class ScoreChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 16;
    private static final int BOTTOM = 40;
    private static final int TOP = 24;
    private static final String BAR = "#1a56b3";
    private static final String INK = "#1b1f24";
    private static final String AXIS = "#4a5561";

    private ScoreChart() {}

    /** The chart's SVG markup, with {@code label} as its accessible name. */
    static String svg(List<ScoreBucket> buckets, String label) {
        int max = Math.max(
                1, buckets.stream().mapToInt(ScoreBucket::students).max().orElse(1));
        int slot = (WIDTH - 2 * LEFT) / Math.max(1, buckets.size());
        int plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(label))
                .append("\" width=\"100%\" style=\"max-width:40rem;height:auto\">");
        svg.append("<title>").append(escape(label)).append("</title>");
        int baseline = HEIGHT - BOTTOM;
        svg.append(line(LEFT, baseline, WIDTH - LEFT, baseline));
        for (int i = 0; i < buckets.size(); i++) {
            ScoreBucket b = buckets.get(i);
            int x = LEFT + i * slot;
            int h = (int) Math.round((double) plot * b.students() / max);
            int barX = x + slot / 8;
            int barWidth = slot - slot / 4;
            if (h > 0) {
                svg.append("<rect x=\"")
                        .append(barX)
                        .append("\" y=\"")
                        .append(baseline - h)
                        .append("\" width=\"")
                        .append(barWidth)
                        .append("\" height=\"")
                        .append(h)
                        .append("\" fill=\"")
                        .append(BAR)
                        .append("\"/>");
            }
            int centre = x + slot / 2;
            svg.append(text(centre, baseline - h - 6, String.valueOf(b.students()), INK, 14));
            svg.append(text(centre, baseline + 18, b.fromPercent() + "\u2013" + b.toPercent(), INK, 12));
        }
        svg.append(text(WIDTH / 2, HEIGHT - 4, "%", AXIS, 12));
        return svg.append("</svg>").toString();
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"" + AXIS
                + "\" stroke-width=\"1\"/>";
    }

    private static String text(int x, int y, String content, String colour, int size) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"middle\" font-size=\"" + size + "\" fill=\""
                + colour + "\" aria-hidden=\"true\">" + escape(content) + "</text>";
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
