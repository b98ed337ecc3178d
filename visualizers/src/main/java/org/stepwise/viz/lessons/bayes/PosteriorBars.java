package org.stepwise.viz.lessons.bayes;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.stepwise.viz.view.PlotInk;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.bayes.NaiveBayesSnapshot;
import org.stepwise.algo.Domain;
import org.stepwise.viz.view.BarView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;

/**
 * A point's posterior P(k | x) as one bar per class in the class colours, with its percentage,
 * on a small card beside the point (kept inside the plot): above and to the right of it, or
 * below and to the left (where the boundary view's hover readout is not). The bars are the bar
 * view's ({@link BarView#drawInset}), drawn on the overlay's canvas.
 */
final class PosteriorBars {

    private static final double BAR_WIDTH = 26;
    private static final double GAP = 8;
    private static final double HEIGHT = 84;
    private static final double PADDING = 10;
    private static final double TYPE = 14;

    private PosteriorBars() {
    }

    /** The bars of {@code probabilities[0 .. K)} for the point (x, y), titled {@code title}. */
    static void draw(OverlayPen pen, double x, double y, double[] probabilities, NaiveBayesSnapshot s, String title,
                     boolean belowLeft) {
        GraphicsContext g = pen.graphics();
        double scale = pen.scale();
        int classes = s.classCount();
        double bar = BAR_WIDTH * scale;
        double gap = GAP * scale;
        double pad = PADDING * scale;
        double type = TYPE * scale;
        double width = classes * bar + (classes - 1) * gap + 2 * pad;
        double height = HEIGHT * scale + 4 * type + 2 * pad;
        PlotTransform t = pen.transform();
        double px = belowLeft ? t.toPixelX(x) - 22 * scale - width : t.toPixelX(x) + 22 * scale;
        double py = belowLeft ? t.toPixelY(y) + 16 * scale : t.toPixelY(y) - height - 10 * scale;
        if (px + width > t.left() + t.width()) {
            px = t.toPixelX(x) - 22 * scale - width;
        } else if (px < t.left()) {
            px = t.toPixelX(x) + 22 * scale;
        }
        px = Math.max(t.left() + 4, px);
        py = Math.max(t.top() + 4, Math.min(py, t.top() + t.height() - height - 4));

        boolean dark = pen.ink().getBrightness() > 0.5;
        g.setFill(PlotInk.veil(dark));
        g.fillRoundRect(px, py, width, height, 10 * scale, 10 * scale);
        g.setStroke(pen.ink());
        g.setLineWidth(1.5 * scale);
        g.strokeRoundRect(px, py, width, height, 10 * scale, 10 * scale);

        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(null, FontWeight.BOLD, type));
        g.setFill(pen.ink());
        g.fillText(title, px + width / 2, py + pad * 0.6);
        // The bars as the bar view draws them: class colours, the percentage over each, the name under.
        double barsTop = py + pad + type * 2.5;
        BarView.drawInset(pen, px + pad * 0.5, barsTop, width - pad, HEIGHT * scale, new Domain(0.4, classes + 0.6, 0, 1),
                classes, k -> probabilities[k], k -> shortName(s.classNames().get(k)), ColorMaps::classColor,
                k -> String.format(Locale.ROOT, "%.0f%%", 100 * probabilities[k]));
    }

    /** Class names under bars a few characters wide: "virginica" becomes "virg". */
    private static String shortName(String name) {
        return name.length() <= 4 ? name : name.substring(0, 4);
    }
}
