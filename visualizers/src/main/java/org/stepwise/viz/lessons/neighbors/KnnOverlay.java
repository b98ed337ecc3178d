package org.stepwise.viz.lessons.neighbors;

import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.stepwise.algo.neighbors.KnnClassifier;
import org.stepwise.algo.neighbors.KnnSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;

/**
 * What the k-NN lesson draws over the boundary view's points: a cross on each point classified
 * wrongly so far; for the query (the step's training point, or what the pointer rests on) the
 * neighbourhood's edge in the metric's own shape (circle, diamond, square) through its k-th
 * neighbour, dashed lines to its k neighbours, each ringed, the query ringed; and a small legend
 * of the vote: each class's count (and weight share, with distance weights) and the result.
 */
final class KnnOverlay {

    private static final double TYPE = 16;

    private KnnOverlay() {
    }

    static void draw(OverlayPen pen, KnnSnapshot snapshot, Neighbourhood hood) {
        KnnClassifier model = snapshot.model();
        Color ink = pen.ink();
        for (int i = 0; i < snapshot.step(); i++) {
            if (snapshot.prediction(i) != model.label(i)) {
                pen.cross(model.feature(i, 0), model.feature(i, 1), 22, ink, 3);
            }
        }
        if (hood == null) {
            return;
        }
        double radius = hood.radius();
        if (radius > 0) {
            pen.normBall(hood.x, hood.y, radius, model.metric().p(), ink.deriveColor(0, 1, 1, 0.85), 2);
        }
        for (int i = 0; i < hood.k(); i++) {
            int n = hood.neighbours[i];
            double nx = model.feature(n, 0);
            double ny = model.feature(n, 1);
            if (n != hood.row) {
                pen.dashedSegment(hood.x, hood.y, nx, ny, ink, 2);
            }
            pen.ring(nx, ny, 11, ink, 2);
        }
        if (hood.row >= 0) {
            pen.ring(hood.x, hood.y, 20, ink, 4.5);
        } else {
            pen.cross(hood.x, hood.y, 16, ink, 3);
        }
        legend(pen, snapshot, hood);
    }

    /**
     * The vote in a corner of the plot (the one covering fewest points, top left if none is
     * better), one line per class that got a vote, then the result.
     */
    private static void legend(OverlayPen pen, KnnSnapshot snapshot, Neighbourhood hood) {
        KnnClassifier model = snapshot.model();
        List<String> names = snapshot.classNames();
        int classes = hood.votes.length;
        int[] counts = new int[classes];
        for (int i = 0; i < hood.k(); i++) {
            counts[model.label(hood.neighbours[i])]++;
        }
        String title = (hood.row < 0 ? "here" : "point " + hood.row)
                + String.format(Locale.ROOT, " · %d nearest, radius %.3g", hood.k(), hood.radius());
        String result = "→ " + names.get(hood.predicted)
                + (hood.row < 0 ? "" : model.label(hood.row) == hood.predicted ? " ✓" : " ✗")
                + (hood.tied() ? "  (tie: lowest label)" : "");
        int lines = 2;
        for (int c = 0; c < classes; c++) {
            lines += counts[c] > 0 ? 1 : 0;
        }
        double scale = pen.scale();
        double size = TYPE * scale;
        double lineHeight = size * 1.35;
        double pad = 8 * scale;
        int longest = Math.max(title.length(), result.length() + 2);
        for (int c = 0; c < classes; c++) {
            longest = Math.max(longest, names.get(c).length() + 18);
        }
        PlotTransform t = pen.transform();
        double width = longest * size * 0.56 + 2 * pad;
        double height = lines * lineHeight + 2 * pad;
        double margin = 10 * scale;
        double left = t.left() + margin;
        double top = t.top() + margin;
        int fewest = Integer.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            double cornerLeft = corner % 2 == 0 ? t.left() + margin : t.left() + t.width() - margin - width;
            double cornerTop = corner < 2 ? t.top() + margin : t.top() + t.height() - margin - height;
            int covered = covered(model, t, cornerLeft, cornerTop, width, height);
            if (covered < fewest) {
                fewest = covered;
                left = cornerLeft;
                top = cornerTop;
            }
        }
        GraphicsContext g = pen.graphics();
        boolean dark = pen.ink().getBrightness() > 0.5;
        g.setFill(dark ? Color.rgb(22, 27, 34, 0.85) : Color.rgb(255, 255, 255, 0.88));
        g.fillRoundRect(left, top, width, height, 8 * scale, 8 * scale);
        g.setStroke(pen.ink().deriveColor(0, 1, 1, 0.4));
        g.setLineWidth(1);
        g.strokeRoundRect(left, top, width, height, 8 * scale, 8 * scale);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = left + pad;
        double y = top + pad + lineHeight / 2;
        g.setFont(Font.font(null, FontWeight.NORMAL, size));
        g.setFill(pen.ink());
        g.fillText(title, x, y);
        g.setFont(Font.font(null, FontWeight.BOLD, size));
        boolean[] shown = new boolean[classes];
        for (int line = 0; line < lines - 2; line++) {
            int best = -1;
            for (int c = 0; c < classes; c++) {
                if (!shown[c] && counts[c] > 0 && (best < 0 || hood.votes[c] > hood.votes[best])) {
                    best = c;
                }
            }
            shown[best] = true;
            y += lineHeight;
            double r = size * 0.32;
            g.setFill(ColorMaps.classColor(best));
            g.fillOval(x, y - r, 2 * r, 2 * r);
            g.setFill(pen.ink());
            String votes = counts[best] + (counts[best] == 1 ? " vote" : " votes");
            if (model.distanceWeights()) {
                votes += String.format(Locale.ROOT, ", weight %.0f%%", 100 * hood.votes[best]);
            }
            g.fillText(names.get(best) + ": " + votes, x + 2 * r + 6 * scale, y);
        }
        y += lineHeight;
        g.setFill(pen.ink());
        g.fillText(result, x, y);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** How many training points lie under a rectangle of the plot (pixels). */
    private static int covered(KnnClassifier model, PlotTransform t, double left, double top, double width,
                               double height) {
        int count = 0;
        for (int i = 0; i < model.size(); i++) {
            double px = t.toPixelX(model.feature(i, 0));
            double py = t.toPixelY(model.feature(i, 1));
            if (px >= left && px <= left + width && py >= top && py <= top + height) {
                count++;
            }
        }
        return count;
    }
}
