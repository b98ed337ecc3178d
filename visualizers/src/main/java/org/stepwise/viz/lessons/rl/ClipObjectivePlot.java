package org.stepwise.viz.lessons.rl;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.rl.ppo.ClippedSurrogate;
import org.stepwise.algo.rl.ppo.PpoSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotView;

/**
 * PPO's clipped surrogate against the probability ratio r (Schulman et al. 2017, Fig. 1), per
 * unit of advantage: L^CLIP/|A| = min(r, clip(r, 1 − ε, 1 + ε)) for A &gt; 0 (green, upper) and
 * −max(r, clip(r, 1 − ε, 1 + ε)) for A &lt; 0 (red, lower), the trust region [1 − ε, 1 + ε] shaded,
 * the unclipped r·A dashed where it leaves the clipped line, and the flat parts, where the
 * gradient is zero, drawn thick in grey. On top, the batch's samples on their curve at the ratio
 * the last epoch gave them: grey when they sit on a flat part and no longer pull the policy.
 */
final class ClipObjectivePlot extends PlotView {

    static final Color POSITIVE = Color.rgb(26, 133, 58);
    static final Color NEGATIVE = ColorMaps.classColor(3);
    static final Color FLAT = Color.rgb(140, 140, 140);
    private static final double R_MAX = 2.0;

    private double epsilon = 0.2;
    private PpoSnapshot shown;

    ClipObjectivePlot() {
        super("clip-objective-plot");
        useAxisNames("probability ratio r = π(a|s) / π_old(a|s)", "L^CLIP / |A|");
        useDomain(defaultDomain());
        addLayer(this::drawCurves);
        addMovingLayer(this::drawSamples);
    }

    @Override
    protected Domain defaultDomain() {
        return new Domain(0, R_MAX, -2.3, 1.9);
    }

    /** Draws the diagram for the snapshot's ε and its samples. */
    void show(PpoSnapshot snapshot) {
        shown = snapshot;
        if (snapshot.clipEpsilon() != epsilon) {
            epsilon = snapshot.clipEpsilon();
            redraw();
        } else {
            redrawMoving();
        }
    }

    private void drawCurves(OverlayPen pen) {
        double low = 1 - epsilon;
        double high = 1 + epsilon;
        Domain d = pen.transform().domain();
        double left = pen.transform().toPixelX(low);
        double right = pen.transform().toPixelX(high);
        pen.graphics().setFill(pen.ink().deriveColor(0, 1, 1, 0.08));
        pen.graphics().fillRect(left, pen.transform().top(), right - left, pen.transform().height());
        Color guide = pen.ink().deriveColor(0, 1, 1, 0.45);
        pen.dashedSegment(low, d.yMin(), low, d.yMax(), guide, 1.5);
        pen.dashedSegment(high, d.yMin(), high, d.yMax(), guide, 1.5);
        pen.segment(d.xMin(), 0, d.xMax(), 0, guide, 1);
        // The unclipped r·A, dashed, where the clipped objective leaves it.
        pen.dashedSegment(high, high, R_MAX, R_MAX, POSITIVE.deriveColor(0, 1, 1, 0.5), 2);
        pen.dashedSegment(0, 0, low, -low, NEGATIVE.deriveColor(0, 1, 1, 0.5), 2);
        // A > 0: r up to 1 + ε, then flat.
        pen.segment(0, 0, high, high, POSITIVE, 4);
        pen.segment(high, high, R_MAX, high, FLAT, 7);
        // A < 0: flat below 1 − ε, then −r.
        pen.segment(0, -low, low, -low, FLAT, 7);
        pen.segment(low, -low, R_MAX, -R_MAX, NEGATIVE, 4);
        // The axes leave the text centred; these labels start at their points.
        pen.graphics().setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        pen.label(0.02, 0.75, "A > 0", POSITIVE, 17);
        pen.label(1.5, -1.2, "A < 0", NEGATIVE, 17);
        pen.label(0.02, -low + 0.06, "flat: no gradient", FLAT, 15);
        pen.label(low - 0.25, high + 0.1, "1−ε", pen.ink(), 15);
        pen.label(high - 0.04, high + 0.1, "1+ε", pen.ink(), 15);
        // Short, and ended short of the plot's edge (its plate is wider than the text): between
        // 1 + ε and the edge it must fit at presentation type too.
        pen.graphics().setTextAlign(javafx.scene.text.TextAlignment.RIGHT);
        pen.label(R_MAX - 0.08, high - 0.55, "no gradient", FLAT, 15);
        pen.graphics().setTextAlign(javafx.scene.text.TextAlignment.LEFT);
    }

    private void drawSamples(OverlayPen pen) {
        pen.graphics().setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        if (shown == null) {
            pen.label(0.0, -2.05, String.format(Locale.ROOT, "ε = %.2f", epsilon), pen.ink(), 16);
            return;
        }
        int flat = 0;
        javafx.scene.canvas.GraphicsContext g = pen.graphics();
        org.stepwise.viz.view.PlotTransform t = pen.transform();
        double radius = 4.5 * pen.scale();
        double rim = radius + 1.5 * pen.scale();
        for (int i = 0; i < shown.samples(); i++) {
            double r = Math.min(shown.sampleRatio(i), R_MAX);
            double a = shown.sampleAdvantage(i);
            if (a == 0) {
                continue;
            }
            boolean isFlat = ClippedSurrogate.flat(r, a, epsilon);
            flat += isFlat ? 1 : 0;
            double y = ClippedSurrogate.value(r, Math.signum(a), epsilon);
            double px = t.toPixelX(r);
            double py = t.toPixelY(y);
            // A rim of ink under the fill, as two fills: a stroked ring costs the renderer several
            // times as much, and 256 of them a frame stalled the FX thread (docs/BENCHMARKS.md).
            g.setFill(pen.ink());
            g.fillOval(px - rim, py - rim, 2 * rim, 2 * rim);
            g.setFill(isFlat ? FLAT : a > 0 ? POSITIVE : NEGATIVE);
            g.fillOval(px - radius, py - radius, 2 * radius, 2 * radius);
        }
        pen.label(0.0, -2.05, shown.samples() == 0 ? String.format(Locale.ROOT, "ε = %.2f", epsilon)
                : String.format(Locale.ROOT, "ε = %.2f · %d of %d flat", epsilon, flat, shown.samples()), pen.ink(), 16);
    }
}
