package org.psychograph.persona.api.export;

import java.util.List;
import java.util.Locale;
import org.psychograph.persona.generation.ChartPoint;

/**
 * The segment profile chart as inline SVG: one row per basis variable, a bar for the segment's mean and
 * a tick for the whole sample's; marker variables are drawn darker. Drawn here because the card must be
 * self-contained (no chart library, no script).
 */
final class ProfileChart {

    private static final int LABEL_WIDTH = 170;
    private static final int BAR_WIDTH = 260;
    private static final int ROW = 20;

    private ProfileChart() {}

    static String svg(List<ChartPoint> points) {
        double max = points.stream()
                .mapToDouble(p -> Math.max(p.segmentMean(), p.overallMean()))
                .max()
                .orElse(1);
        double min = Math.min(
                0,
                points.stream()
                        .mapToDouble(p -> Math.min(p.segmentMean(), p.overallMean()))
                        .min()
                        .orElse(0));
        double span = max - min <= 0 ? 1 : max - min;
        int height = ROW * points.size() + 24;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"profile-chart\" "
                        + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"segment profile\">",
                LABEL_WIDTH + BAR_WIDTH + 60,
                height,
                LABEL_WIDTH + BAR_WIDTH + 60,
                height));
        int y = 4;
        for (ChartPoint p : points) {
            double seg = (p.segmentMean() - min) / span * BAR_WIDTH;
            double all = (p.overallMean() - min) / span * BAR_WIDTH;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 6,
                    y + 13,
                    escape(shorten(p.questionText() == null ? p.questionCode() : p.questionText()))));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>",
                    LABEL_WIDTH,
                    y + 3,
                    seg,
                    p.marker() ? "#2f5d8a" : "#a9c1d9"));
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#c0392b\" stroke-width=\"2\"/>",
                    LABEL_WIDTH + all,
                    LABEL_WIDTH + all,
                    y,
                    y + 18));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>",
                    LABEL_WIDTH + Math.max(seg, all) + 4,
                    y + 13,
                    number(p.segmentMean())));
            y += ROW;
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#555\">bar: this "
                        + "segment (dark: marker variable); red tick: all respondents</text>",
                LABEL_WIDTH,
                y + 14));
        return svg.append("</svg>").toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) <= 1 ? "%.2f" : "%.1f", v);
    }

    private static String shorten(String s) {
        return s.length() <= 30 ? s : s.substring(0, 29) + "…";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
