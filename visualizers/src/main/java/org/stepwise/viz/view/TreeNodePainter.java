package org.stepwise.viz.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** How {@link TreeDiagramView} draws one node or one line between nodes, at a level of detail. */
final class TreeNodePainter {

    /** How much of a node shows: its whole box, its first line, or a dot. */
    enum Detail { FULL, RULE, DOT }

    private static final double LINE = 15;

    private final GraphicsContext g;
    private final Color ink;
    private final Color paper;
    private final double scale;

    TreeNodePainter(GraphicsContext g, Color ink, Color paper, double scale) {
        this.g = g;
        this.ink = ink;
        this.paper = paper;
        this.scale = scale;
    }

    /** A line from a parent's centre to a child's: straight down a tree, an elbow in a dendrogram. */
    void edge(double[] from, double[] to, Color hot, boolean pale, boolean elbow) {
        g.setStroke(hot != null ? hot : pale ? ink.deriveColor(0, 1, 1, 0.25) : ink.deriveColor(0, 1, 1, 0.7));
        g.setLineWidth((hot != null ? 4 : 1.6) * scale);
        if (elbow) {
            g.strokeLine(from[0], from[1], to[0], from[1]);
            g.strokeLine(to[0], from[1], to[0], to[1]);
        } else {
            g.strokeLine(from[0], from[1], to[0], to[1]);
        }
    }

    /** "yes" or "no" a third of the way down a line, on a halo. */
    void edgeLabel(double[] from, double[] to, String label) {
        double x = from[0] + (to[0] - from[0]) * 0.45;
        double y = from[1] + (to[1] - from[1]) * 0.45;
        g.setFont(Font.font(null, FontWeight.NORMAL, 12 * scale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        TextPlates.write(g, label, x, y, ink.deriveColor(0, 1, 1, 0.8), paper, 3 * scale);
    }

    /** A dendrogram's leaf: a dot of radius {@code r}, filled (or the paper's colour) and outlined. */
    void leaf(double[] centre, Color fill, double r) {
        g.setFill(fill == null ? paper : fill);
        g.fillOval(centre[0] - r, centre[1] - r, 2 * r, 2 * r);
        g.setStroke(ink.deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(scale);
        g.strokeOval(centre[0] - r, centre[1] - r, 2 * r, 2 * r);
    }

    /** A node at {@code centre}: a box of its lines (the first bold), its first line only, or a dot. */
    void node(double[] centre, List<String> lines, Color fill, boolean hot, boolean pale, Detail detail,
              double width) {
        double alpha = pale ? 0.3 : 1;
        Color ground = fill == null ? paper : fill;
        if (detail == Detail.DOT || lines.isEmpty()) {
            double r = (hot ? 9 : 6) * scale;
            g.setFill(ground.deriveColor(0, 1, 1, alpha));
            g.fillOval(centre[0] - r, centre[1] - r, 2 * r, 2 * r);
            g.setStroke(hot ? TreeDiagramView.HIGHLIGHT : ink.deriveColor(0, 1, 1, 0.8 * alpha));
            g.setLineWidth((hot ? 3.5 : 1.2) * scale);
            g.strokeOval(centre[0] - r, centre[1] - r, 2 * r, 2 * r);
            return;
        }
        int shown = detail == Detail.FULL ? lines.size() : 1;
        double height = (shown * LINE + 10) * scale;
        double left = centre[0] - width / 2;
        double top = centre[1] - height / 2;
        g.setFill(ground.deriveColor(0, 1, 1, alpha));
        g.fillRoundRect(left, top, width, height, 10 * scale, 10 * scale);
        g.setStroke(hot ? TreeDiagramView.HIGHLIGHT : ink.deriveColor(0, 1, 1, 0.7 * alpha));
        g.setLineWidth((hot ? 4 : 1.2) * scale);
        g.strokeRoundRect(left, top, width, height, 10 * scale, 10 * scale);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        // Dark text on a pale fill, whatever the theme's ink.
        Color text = fill != null && fill.getBrightness() > 0.6 && ink.getBrightness() > 0.5 ? PlotInk.LIGHT_INK : ink;
        g.setFill(text.deriveColor(0, 1, 1, alpha));
        for (int i = 0; i < shown; i++) {
            String line = lines.get(i);
            double size = fitting(line, i == 0 ? 13.5 : 12.5, width - 8 * scale);
            g.setFont(Font.font(null, i == 0 ? FontWeight.BOLD : FontWeight.NORMAL, size));
            g.fillText(line, centre[0], top + (5 + i * LINE) * scale);
        }
    }

    /** A type size at most {@code size} (times the scale) at which the line fits {@code width} (a character about 0.6 em). */
    private double fitting(String line, double size, double width) {
        return Math.max(8, Math.min(size * scale, width / Math.max(1, 0.6 * line.length())));
    }
}
