package org.stepwise.viz.view;

import java.util.function.IntToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;

/**
 * Estimates with their intervals, one per slot at x = k + 1: a dot at each value on a vertical
 * bar from its low to its high end (an interval that runs off the plot is cut at its edge), an
 * optional reference value per slot drawn as a dashed line across the slot (the truth the
 * estimate aims at), and, faint behind them, a share bar per slot rising from the foot of the plot
 * by that share of three quarters of its height, with the count it stands for written on it (pulls per arm, samples
 * per class). One slot may be marked (ringed): the one a step just changed. A bandit's arm
 * estimates with their confidence intervals, true means and pulls; any estimate per category with
 * its uncertainty. On the {@link PlotView} base; everything but the axes is a moving layer.
 */
public final class IntervalView extends PlotView {

    /** The height a share of 1 reaches, as a part of the plot's: the rest keeps the count and a title clear. */
    private static final double TALLEST_SHARE = 0.75;

    private int count;
    private IntToDoubleFunction value = k -> 0;
    private IntToDoubleFunction low = k -> 0;
    private IntToDoubleFunction high = k -> 0;
    private IntToDoubleFunction reference;
    private IntToDoubleFunction share;
    private IntToDoubleFunction shareCount;
    private Color color = ColorMaps.classColor(0);
    private int marked = -1;
    private boolean fixedDomain;

    public IntervalView() {
        super("interval-view");
        useAxisNames("", "");
        addMovingLayer(this::drawSlots);
    }

    /**
     * The estimates: {@code newCount} slots, each value with its interval [low, high] (read when
     * drawn, until the next call), in {@code newColor}. Fits the axes unless {@link #setDomain}
     * fixed them.
     */
    public void setEstimates(int newCount, IntToDoubleFunction values, IntToDoubleFunction lows,
                             IntToDoubleFunction highs, Color newColor) {
        count = newCount;
        value = values;
        low = lows;
        high = highs;
        color = newColor;
        refitDomain(fixedDomain);
    }

    /** The reference value of each slot (NaN where there is none); null for none. */
    public void setReferences(IntToDoubleFunction references) {
        reference = references;
        redrawMoving();
    }

    /**
     * The share bars behind the slots: each slot's share in [0, 1] of the plot's height, and the
     * whole number written on it; null for none.
     */
    public void setShares(IntToDoubleFunction shares, IntToDoubleFunction counts) {
        share = shares;
        shareCount = counts;
        redrawMoving();
    }

    /** The slot ringed as just changed (0-based; -1 for none). */
    public void setMarked(int slot) {
        marked = slot;
        redrawMoving();
    }

    /** Fixes the axes (null: fit them to the values again). */
    @Override
    public void setDomain(Domain newDomain) {
        fixedDomain = newDomain != null;
        super.setDomain(newDomain);
    }

    /** The slots from 0.4 to count + 0.6, the values, finite interval ends and references with a margin. */
    @Override
    protected Domain defaultDomain() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            double r = reference == null ? Double.NaN : reference.applyAsDouble(k);
            lo = finiteMin(finiteMin(finiteMin(finiteMin(lo, value.applyAsDouble(k)), low.applyAsDouble(k)),
                    high.applyAsDouble(k)), r);
            hi = -finiteMin(finiteMin(finiteMin(finiteMin(-hi, -value.applyAsDouble(k)), -low.applyAsDouble(k)),
                    -high.applyAsDouble(k)), -r);
        }
        if (!(hi > lo)) {
            lo = Double.isFinite(lo) ? lo - 0.5 : 0;
            hi = lo + 1;
        }
        double pad = 0.08 * (hi - lo);
        return new Domain(0.4, Math.max(count, 1) + 0.6, lo - pad, hi + pad);
    }

    private void drawSlots(OverlayPen pen) {
        PlotTransform t = pen.transform();
        Domain d = t.domain();
        double scale = pen.scale();
        double slot = t.width() / d.width();
        if (share != null) {
            drawShares(pen, t, slot);
        }
        if (reference != null) {
            for (int k = 0; k < count; k++) {
                double r = reference.applyAsDouble(k);
                if (Double.isFinite(r)) {
                    pen.dashedSegment(k + 1 - 0.38, r, k + 1 + 0.38, r, pen.ink(), 2.5);
                }
            }
        }
        GraphicsContext g = pen.graphics();
        double cap = Math.min(8 * scale, 0.2 * slot);
        for (int k = 0; k < count; k++) {
            double v = value.applyAsDouble(k);
            double lowEnd = clamp(low.applyAsDouble(k), d.yMin(), d.yMax());
            double highEnd = clamp(high.applyAsDouble(k), d.yMin(), d.yMax());
            double px = t.toPixelX(k + 1);
            if (highEnd > lowEnd) {
                g.setStroke(color);
                g.setLineWidth(3 * scale);
                g.strokeLine(px, t.toPixelY(lowEnd), px, t.toPixelY(highEnd));
                g.strokeLine(px - cap, t.toPixelY(lowEnd), px + cap, t.toPixelY(lowEnd));
                g.strokeLine(px - cap, t.toPixelY(highEnd), px + cap, t.toPixelY(highEnd));
            }
            if (Double.isFinite(v)) {
                pen.dot(k + 1, clamp(v, d.yMin(), d.yMax()), 6, color);
                if (k == marked) {
                    pen.ring(k + 1, clamp(v, d.yMin(), d.yMax()), 12, pen.ink(), 2.5);
                }
            }
        }
    }

    /** The faint share bars from the foot of the plot, each with its count on top. */
    private void drawShares(OverlayPen pen, PlotTransform t, double slot) {
        GraphicsContext g = pen.graphics();
        double scale = pen.scale();
        double half = 0.36 * slot;
        double foot = t.top() + t.height();
        double type = Math.min(12.5 * scale, 0.34 * slot);
        g.setFont(Font.font(null, FontWeight.BOLD, type));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int k = 0; k < count; k++) {
            double s = clamp(share.applyAsDouble(k), 0, 1);
            double top = foot - s * TALLEST_SHARE * t.height();
            double px = t.toPixelX(k + 1);
            g.setFill(color.deriveColor(0, 1, 1, 0.2));
            g.fillRect(px - half, top, 2 * half, foot - top);
            if (k == marked) {
                g.setStroke(color);
                g.setLineWidth(2 * scale);
                g.strokeRect(px - half, top, 2 * half, foot - top);
            }
            if (shareCount != null && type >= 8) {
                String text = Long.toString(Math.round(shareCount.applyAsDouble(k)));
                TextPlates.write(g, text, px, Math.max(top, t.top() + type + 2) - 2 * scale, pen.ink(),
                        PlotInk.halo(pen.ink()), 2 * scale);
            }
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /** The smaller of the two, ignoring v when it is not finite. */
    private static double finiteMin(double m, double v) {
        return Double.isFinite(v) ? Math.min(m, v) : m;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** How many slots there are. */
    public int count() { return count; }
}
