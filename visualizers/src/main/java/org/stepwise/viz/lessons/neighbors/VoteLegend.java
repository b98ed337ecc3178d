package org.stepwise.viz.lessons.neighbors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.stepwise.viz.view.PlotInk;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.neighbors.KnnClassifier;
import org.stepwise.algo.neighbors.KnnSnapshot;
import org.stepwise.viz.view.ClassMarks;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;

/**
 * The vote of one query as a small table in a corner of the plot (the corner covering fewest
 * points, and never the query or its neighbours where another corner does not): the query and its radius; its neighbours ranked by distance, each with its class's
 * colour (the first eight); each class's votes (and share of the weight, with distance weights);
 * and the result, with ✓ or ✗ for a training point and a note when a tie went to the lowest label.
 */
final class VoteLegend {

    private static final double TYPE = 16;
    private static final int RANKED = 8;
    /** What covering the query or one of its neighbours counts, against one for any other point. */
    private static final int HIDES_NEIGHBOURHOOD = 1000;

    /** One line: its text, the class whose colour dots it (-1 for none), whether bold, its size factor. */
    private record Line(String text, int dotClass, boolean bold, double size) { }

    private VoteLegend() {
    }

    static void draw(OverlayPen pen, KnnSnapshot snapshot, Neighbourhood hood) {
        List<Line> lines = lines(snapshot, hood);
        double scale = pen.scale();
        double size = TYPE * scale;
        double pad = 8 * scale;
        double width = 0;
        double height = 2 * pad;
        for (Line line : lines) {
            width = Math.max(width, (line.text.length() + (line.dotClass >= 0 ? 2 : 0)) * size * line.size * 0.56);
            height += size * line.size * 1.35;
        }
        width += 2 * pad;
        PlotTransform t = pen.transform();
        double margin = 10 * scale;
        double left = t.left() + margin;
        double top = t.top() + margin;
        int fewest = Integer.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            double cornerLeft = corner % 2 == 0 ? t.left() + margin : t.left() + t.width() - margin - width;
            double cornerTop = corner < 2 ? t.top() + margin : t.top() + t.height() - margin - height;
            int covered = KnnOverlay.covered(snapshot.model(), t, cornerLeft, cornerTop, width, height)
                    + HIDES_NEIGHBOURHOOD * hides(snapshot.model(), hood, t, cornerLeft, cornerTop, width, height);
            if (covered < fewest) {
                fewest = covered;
                left = cornerLeft;
                top = cornerTop;
            }
        }
        GraphicsContext g = pen.graphics();
        boolean dark = pen.ink().getBrightness() > 0.5;
        g.setFill(PlotInk.veil(dark));
        g.fillRoundRect(left, top, width, height, 8 * scale, 8 * scale);
        g.setStroke(pen.ink().deriveColor(0, 1, 1, 0.4));
        g.setLineWidth(1);
        g.strokeRoundRect(left, top, width, height, 8 * scale, 8 * scale);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double y = top + pad;
        for (Line line : lines) {
            double lineSize = size * line.size;
            y += lineSize * 1.35 / 2;
            double x = left + pad;
            if (line.dotClass >= 0) {
                double r = lineSize * 0.32;
                // The class's mark, as its points are drawn: colour and shape.
                g.setFill(ColorMaps.classColor(line.dotClass));
                ClassMarks.trace(g, line.dotClass, x + r, y, r);
                g.fill();
                x += 2 * r + 6 * scale;
            }
            g.setFont(Font.font(null, line.bold ? FontWeight.BOLD : FontWeight.NORMAL, lineSize));
            g.setFill(pen.ink());
            g.fillText(line.text, x, y);
            y += lineSize * 1.35 / 2;
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /** How many of the query and its neighbours a rectangle of the plot (pixels) would hide. */
    private static int hides(KnnClassifier model, Neighbourhood hood, PlotTransform t, double left, double top,
                             double width, double height) {
        int hidden = inside(t.toPixelX(hood.x), t.toPixelY(hood.y), left, top, width, height) ? 1 : 0;
        for (int i = 0; i < hood.k(); i++) {
            int n = hood.neighbours[i];
            hidden += inside(t.toPixelX(model.feature(n, 0)), t.toPixelY(model.feature(n, 1)), left, top, width,
                    height) ? 1 : 0;
        }
        return hidden;
    }

    private static boolean inside(double px, double py, double left, double top, double width, double height) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    private static List<Line> lines(KnnSnapshot snapshot, Neighbourhood hood) {
        KnnClassifier model = snapshot.model();
        List<String> names = snapshot.classNames();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line((hood.row < 0 ? "here" : "point " + hood.row)
                + String.format(Locale.ROOT, " · %d nearest, radius %.3g", hood.k(), hood.radius()), -1, false, 1));
        // Eight, or all nine rather than eight and "1 more".
        int ranked = hood.k() <= RANKED + 1 ? hood.k() : RANKED;
        for (int i = 0; i < ranked; i++) {
            int n = hood.neighbours[i];
            lines.add(new Line(String.format(Locale.ROOT, "%d. point %d, d = %.3g", i + 1, n, hood.distances[i]),
                    model.label(n), false, 0.85));
        }
        if (hood.k() > ranked) {
            lines.add(new Line("… and " + (hood.k() - ranked) + " more", -1, false, 0.85));
        }
        int classes = hood.votes.length;
        int[] counts = new int[classes];
        for (int i = 0; i < hood.k(); i++) {
            counts[model.label(hood.neighbours[i])]++;
        }
        // Classes by their share of the vote, largest first (the lower class first when equal).
        boolean[] listed = new boolean[classes];
        while (true) {
            int best = -1;
            for (int c = 0; c < classes; c++) {
                if (!listed[c] && counts[c] > 0 && (best < 0 || hood.votes[c] > hood.votes[best])) {
                    best = c;
                }
            }
            if (best < 0) {
                break;
            }
            listed[best] = true;
            String votes = counts[best] + (counts[best] == 1 ? " vote" : " votes");
            if (model.distanceWeights()) {
                votes += String.format(Locale.ROOT, ", weight %.0f%%", 100 * hood.votes[best]);
            }
            lines.add(new Line(names.get(best) + ": " + votes, best, true, 1));
        }
        lines.add(new Line("→ " + names.get(hood.predicted)
                + (hood.row < 0 ? "" : model.label(hood.row) == hood.predicted ? " ✓" : " ✗")
                + (hood.tied() ? "  (tie: lowest label)" : ""), -1, true, 1));
        return lines;
    }
}
