package org.stepwise.viz.view;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A logarithmic value axis that labels a narrow range between its powers of ten. JFreeChart's
 * {@link LogAxis} labels whole powers only, so a race whose losses all lay between 5 and 30
 * showed one label, "10", and nothing to read the curves by. Where the powers of ten give fewer
 * than two labels, this one labels 1, 2 and 5 times each power in range (5, 10, 20, 50); where
 * those are fewer than two too (a range narrower than a factor of 2.5, such as 0.73 to 1.8), the
 * multiples of the finest step of 1, 2 or 5 times a power of ten whose labels stay apart (1.0,
 * 1.5). Labels are never closer than a line of text.
 */
final class OneTwoFiveLogAxis extends LogAxis {

    private static final int[] ONE_TWO_FIVE = {1, 2, 5};

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return inOneFormat(chosenTicks(g2, dataArea, edge));
    }

    /**
     * The ticks relabelled as powers (1e-4 … 1e1) when any of them needs one: the labels' own
     * format gives each value its shortest form, so one axis read "0.001" above "1e-4".
     */
    private List<ValueTick> inOneFormat(List<ValueTick> ticks) {
        if (!(getNumberFormatOverride() instanceof TickLabels)
                || ticks.stream().noneMatch(tick -> TickLabels.needsPower(tick.getValue()))) {
            return ticks;
        }
        List<ValueTick> relabelled = new ArrayList<>(ticks.size());
        for (ValueTick tick : ticks) {
            relabelled.add(tick.getTickType() != TickType.MAJOR ? tick : new LogTick(TickType.MAJOR, tick.getValue(),
                    new java.text.AttributedString(TickLabels.power(tick.getValue())), tick.getTextAnchor()));
        }
        return relabelled;
    }

    @SuppressWarnings("unchecked")
    private List<ValueTick> chosenTicks(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List<ValueTick> powers = super.refreshTicksVertical(g2, dataArea, edge);
        if (labelled(powers) >= 2) {
            return powers;
        }
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        double line = getTickLabelFont().getLineMetrics("123", g2.getFontRenderContext()).getHeight();
        List<ValueTick> oneTwoFive = oneTwoFiveOfEachPower(anchor);
        if (oneTwoFive.size() >= 2 && apart(oneTwoFive, line, dataArea, edge)) {
            return oneTwoFive;
        }
        Range range = getRange();
        int coarsest = (int) Math.ceil(Math.log10(range.getLength()));
        for (int exponent = coarsest - 2; exponent <= coarsest; exponent++) {
            for (int multiple : ONE_TWO_FIVE) {
                List<ValueTick> steps = stepsOf(multiple, exponent, anchor);
                if (steps.size() >= 2 && apart(steps, line, dataArea, edge)) {
                    return steps;
                }
            }
        }
        return powers;
    }

    /** Ticks at 1, 2 and 5 times each power of ten that lies in range. */
    private List<ValueTick> oneTwoFiveOfEachPower(TextAnchor anchor) {
        Range range = getRange();
        List<ValueTick> ticks = new ArrayList<>();
        for (int exponent = (int) Math.floor(Math.log10(range.getLowerBound()));
                exponent <= (int) Math.ceil(Math.log10(range.getUpperBound())); exponent++) {
            for (int multiple : ONE_TWO_FIVE) {
                add(ticks, multiple, exponent, anchor);
            }
        }
        return ticks;
    }

    /** Ticks at the multiples in range of a step of {@code multiple} × 10^{@code exponent}. */
    private List<ValueTick> stepsOf(int multiple, int exponent, TextAnchor anchor) {
        Range range = getRange();
        double step = multiple * Math.pow(10, exponent);
        List<ValueTick> ticks = new ArrayList<>();
        long last = (long) Math.floor(range.getUpperBound() / step);
        for (long i = (long) Math.ceil(range.getLowerBound() / step); i <= last && ticks.size() <= 50; i++) {
            add(ticks, i * multiple, exponent, anchor);
        }
        return ticks;
    }

    /** Adds a tick at {@code coefficient} × 10^{@code exponent} if it lies in range. */
    private void add(List<ValueTick> ticks, long coefficient, int exponent, TextAnchor anchor) {
        // Parsed rather than multiplied, so that 2 × 10⁻³ is 0.002 and not 0.0020000000000000005.
        double value = Double.parseDouble(coefficient + "e" + exponent);
        if (getRange().contains(value)) {
            ticks.add(new LogTick(TickType.MAJOR, value, createTickLabel(value), anchor));
        }
    }

    /** Whether each pair of neighbouring labels is at least a line of text and a little apart. */
    private boolean apart(List<ValueTick> ticks, double line, Rectangle2D dataArea, RectangleEdge edge) {
        for (int i = 1; i < ticks.size(); i++) {
            double gap = Math.abs(valueToJava2D(ticks.get(i).getValue(), dataArea, edge)
                    - valueToJava2D(ticks.get(i - 1).getValue(), dataArea, edge));
            if (gap < 1.2 * line) {
                return false;
            }
        }
        return true;
    }

    private static long labelled(List<ValueTick> ticks) {
        return ticks.stream().filter(tick -> tick.getTickType() == TickType.MAJOR).count();
    }
}
