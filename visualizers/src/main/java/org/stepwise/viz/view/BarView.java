package org.stepwise.viz.view;

import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;

/**
 * Bars: one from 0 to each value at x = k + 1, named by its column (coefficients, posteriors,
 * importances). Blue above zero and vermillion below unless the lesson colours them (class
 * colours for a posterior); optionally a value written over each bar, and one bar marked as the
 * one a step just changed: outlined in ink, with a dashed line at its value before the step. On
 * the {@link PlotView} base; the lesson's overlay (a title) draws on top.
 */
public final class BarView extends PlotView {

    /** The smallest type a bar's name is drawn in. */
    private static final double MIN_NAME_SIZE = 9;

    private static final Color ABOVE = ColorMaps.classColor(0);
    private static final Color BELOW = ColorMaps.classColor(3);

    private int count;
    private IntToDoubleFunction value = k -> 0;
    private IntFunction<String> name = k -> "";
    private IntFunction<Color> color;
    private IntFunction<String> valueLabel;
    private int marked = -1;
    private double before;
    private boolean fixedDomain;
    private double[] line;
    private int lineCount;
    private Color lineColor;
    private int cut = -1;
    private IntConsumer cutListener;

    /** Bars that stand for named things (pipelines, members, features): their names under them, no x ticks. */
    public static BarView named() {
        BarView view = new BarView();
        view.showTicks(false, true);
        return view;
    }

    public BarView() {
        super("bar-view");
        useAxisNames("", "");
        // The bars move with the steps; the axes under them stay as the renderer drew them.
        addMovingLayer(this::drawBars);
        addMovingLayer(this::drawLineAndCut);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::dragCut);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragCut);
    }

    /**
     * A polyline over the bars through (k + 1, values[k]) for k below {@code count}, with a dot at
     * each value: a scree's cumulative share beside each component's. Not copied; null for none.
     * The axes do not follow it: fix them ({@link #setDomain}) to hold it.
     */
    public void setLine(double[] values, int count, Color color) {
        line = values;
        lineCount = count;
        lineColor = color;
        redrawMoving();
    }

    /**
     * A dashed vertical cut after the first {@code bars} bars (-1 for none), which the learner may
     * drag when a listener is set: a scree's "keep this many components".
     */
    public void setCut(int bars) {
        cut = bars;
        redrawMoving();
    }

    /** Told how many bars lie left of the cut when the learner presses or drags on the plot; null: not draggable. */
    public void setCutListener(IntConsumer listener) {
        cutListener = listener;
    }

    /** The cut's place in bars (-1 for none). */
    public int cut() { return cut; }

    /** The bars left of a pointer at pixel x: the nearest gap between bars, 0 to count. */
    int barsLeftOf(double pixelX) {
        double x = transform().toDataX(pixelX);
        return (int) Math.max(0, Math.min(count, Math.round(x - 0.5)));
    }

    private void dragCut(MouseEvent event) {
        if (cutListener == null || transform() == null || count == 0) {
            return;
        }
        int bars = barsLeftOf(event.getX());
        if (bars != cut) {
            cutListener.accept(bars);
        }
        event.consume();
    }

    private void drawLineAndCut(OverlayPen pen) {
        if (line != null && lineCount > 0) {
            for (int k = 1; k < lineCount; k++) {
                pen.segment(k, line[k - 1], k + 1, line[k], lineColor, 2.5);
            }
            for (int k = 0; k < lineCount; k++) {
                pen.dot(k + 1, line[k], 4.5, lineColor);
            }
        }
        if (cut >= 0) {
            Domain d = pen.transform().domain();
            pen.dashedSegment(cut + 0.5, d.yMin(), cut + 0.5, d.yMax(), pen.ink(), 2.5);
        }
    }

    /**
     * The bars: {@code count} values read through {@code values} and named by {@code names}
     * (read when drawn, until the next call). The axes fit the values unless {@link #setDomain}
     * fixed them.
     */
    public void setBars(int newCount, IntToDoubleFunction values, IntFunction<String> names) {
        count = newCount;
        value = values;
        name = names;
        refitDomain(fixedDomain);
    }

    /** Fixes the axes (null: fit them to the values again). */
    @Override
    public void setDomain(Domain newDomain) {
        fixedDomain = newDomain != null;
        super.setDomain(newDomain);
    }

    /** Each bar's colour; null for blue above zero and vermillion below. */
    public void setColors(IntFunction<Color> colors) {
        color = colors;
        redrawMoving();
    }

    /** A text written over each bar ("42 %"); null for none. */
    public void setValueLabels(IntFunction<String> labels) {
        valueLabel = labels;
        redrawMoving();
    }

    /** The bar a step changed (0-based; -1 for none) and its value before the step. */
    public void setMarked(int bar, double valueBefore) {
        marked = bar;
        before = valueBefore;
        redrawMoving();
    }

    @Override
    protected Domain defaultDomain() {
        double low = 0;
        double high = 0;
        for (int k = 0; k < count; k++) {
            low = Math.min(low, value.applyAsDouble(k));
            high = Math.max(high, value.applyAsDouble(k));
        }
        return domain(count, low, high);
    }

    /** A domain that holds 0 and every value in [low, high] for {@code count} bars, with room for the labels. */
    public static Domain domain(int count, double low, double high) {
        double lo = Math.min(low, 0);
        double hi = Math.max(high, 0);
        // All zero (w = 0 before a fit): a unit span, not ticks of 1e-10.
        double span = hi - lo > 0 ? hi - lo : 1;
        return new Domain(0.4, count + 0.6, lo - 0.1 * span, hi + 0.12 * span);
    }

    private void drawBars(OverlayPen pen) {
        paint(pen, count, value, name, color, valueLabel, marked, before, 0.3);
    }

    /**
     * Bars in a rectangle of another plot, without axes: a point's posterior on a card beside
     * it. {@code domain} spans x from 0.4 to count + 0.6 and the values ({@link #domain}).
     */
    public static void drawInset(OverlayPen pen, double left, double top, double width, double height, Domain domain,
                                 int count, IntToDoubleFunction values, IntFunction<String> names,
                                 IntFunction<Color> colors, IntFunction<String> valueLabels) {
        PlotTransform inset = new PlotTransform(domain, left, top, width, height);
        // Wider bars than the view's (three quarters of each slot): a card has little room.
        paint(new OverlayPen(pen.graphics(), inset, pen.ink(), pen.paper(), pen.scale()), count, values, names, colors,
                valueLabels, -1, 0, 0.38);
    }

    private static void paint(OverlayPen pen, int count, IntToDoubleFunction value, IntFunction<String> name,
                              IntFunction<Color> color, IntFunction<String> valueLabel, int marked, double before,
                              double halfShare) {
        PlotTransform t = pen.transform();
        GraphicsContext g = pen.graphics();
        double half = Math.max(0.5, halfShare * t.width() / (count + 0.2));
        double zero = t.toPixelY(0);
        for (int k = 0; k < count; k++) {
            double v = value.applyAsDouble(k);
            double top = t.toPixelY(v);
            g.setFill(color != null ? color.apply(k) : v >= 0 ? ABOVE : BELOW);
            g.fillRect(t.toPixelX(k + 1) - half, Math.min(zero, top), 2 * half, Math.abs(top - zero));
            if (k == marked) {
                g.setStroke(pen.ink());
                g.setLineWidth(3 * pen.scale());
                g.strokeRect(t.toPixelX(k + 1) - half, Math.min(zero, top), 2 * half, Math.max(Math.abs(top - zero), 1));
                double w = 1.3 * half / Math.max(1e-9, t.width() / (t.domain().width()));
                pen.dashedSegment(k + 1 - w, before, k + 1 + w, before, pen.ink(), 2);
            }
            if (valueLabel != null) {
                g.setTextBaseline(javafx.geometry.VPos.BASELINE);
                g.setFill(pen.ink());
                g.setFont(Font.font(null, FontWeight.BOLD, 13 * pen.scale()));
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(valueLabel.apply(k), t.toPixelX(k + 1), Math.min(zero, top) - 4 * pen.scale());
            }
        }
        pen.segment(t.domain().xMin(), 0, t.domain().xMax(), 0, pen.ink(), 1);
        double slot = t.width() / t.domain().width();
        for (int k = 0; k < count; k++) {
            if (valueLabel == null) {
                nameOver(pen, t.toPixelX(k + 1), t.toPixelY(Math.max(value.applyAsDouble(k), 0)), name.apply(k), slot,
                        k % 2 == 1);
            } else if (count <= 12) {
                // The value is over the bar: the name goes under the zero line.
                g.setTextBaseline(javafx.geometry.VPos.BASELINE);
                g.setFill(pen.ink());
                g.setFont(Font.font(null, FontWeight.NORMAL, 12.6 * pen.scale()));
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(name.apply(k), t.toPixelX(k + 1), zero + 16 * pen.scale());
            }
        }
    }

    /**
     * A bar's name centred over it, on a halo, in type that fits the bar's slot (13 px at most,
     * times the type scale). A name too long for its slot at 9 px may take two slots' width, every
     * other one a line higher, so that neighbours ("age" beside "sex" on Diabetes) do not run into
     * each other; one too long for that is left out (many narrow bars). An empty name draws nothing,
     * not even its plate.
     */
    private static void nameOver(OverlayPen pen, double px, double py, String text, double slot, boolean odd) {
        if (text.isEmpty()) {
            return;
        }
        double perSlot = textSize(pen, text, slot);
        boolean staggered = perSlot < MIN_NAME_SIZE;
        double size = staggered ? textSize(pen, text, 2 * slot) : perSlot;
        if (size < MIN_NAME_SIZE) {
            return;
        }
        double y = py - 6 * pen.scale() - (staggered && odd ? 1.15 * size : 0);
        GraphicsContext g = pen.graphics();
        g.setFont(Font.font(null, FontWeight.BOLD, size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(javafx.geometry.VPos.BASELINE);
        TextPlates.write(g, text, px, y, pen.ink(), PlotInk.halo(pen.ink()), 3 * pen.scale());
    }

    /** The type size at which {@code text} in bold fills at most nine tenths of {@code width} (a bold character is about 0.68 em). */
    private static double textSize(OverlayPen pen, String text, double width) {
        return Math.min(13 * pen.scale(), 0.9 * width / Math.max(1, 0.68 * text.length()));
    }

    /** How many bars there are. */
    public int count() { return count; }
}
