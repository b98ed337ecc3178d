package org.stepwise.viz.view;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels for the metric chart's value axis when its values run far out of the usual range
 * (a loss that ran away, a gradient that vanished): a short power of ten (4e12, 1.5e-5) instead of
 * JFreeChart's "4E12" next to "0E0", and zero as "0". Plain decimals between. In the usual range
 * the chart keeps JFreeChart's labels, which give every tick the same decimals (0.5, 1.0).
 */
final class TickLabels extends NumberFormat {

    private static final double LARGE = 1e5;
    private static final double SMALL = 1e-3;

    /** True when an axis over this range should use these labels: its largest value is at least 1e5 or below 1e-3. */
    static boolean suit(org.jfree.data.Range range) {
        double largest = Math.max(Math.abs(range.getLowerBound()), Math.abs(range.getUpperBound()));
        return largest >= LARGE || largest < SMALL;
    }

    private final DecimalFormat plain = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));

    @Override
    public StringBuffer format(double value, StringBuffer to, FieldPosition position) {
        double size = Math.abs(value);
        if (size == 0 || !Double.isFinite(value)) {
            return to.append(size == 0 ? "0" : String.valueOf(value));
        }
        if (!needsPower(value)) {
            return plain.format(value, to, position);
        }
        return to.append(power(value));
    }

    /** Whether {@code value} is labelled as a power (4e12, 1.5e-5) rather than a plain decimal. */
    static boolean needsPower(double value) {
        double size = Math.abs(value);
        return size != 0 && Double.isFinite(value) && (size >= LARGE || size < SMALL);
    }

    /**
     * {@code value} as a power of ten, whatever its size (1e-4, 1e0, 2.5e12): three significant
     * digits at most, trailing zeros dropped. An axis with one label in this form gives it to all.
     */
    static String power(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent);
        return mantissa.toPlainString() + 'e' + exponent;
    }

    @Override
    public StringBuffer format(long value, StringBuffer to, FieldPosition position) {
        return format((double) value, to, position);
    }

    @Override
    public Number parse(String source, ParsePosition position) {
        return plain.parse(source, position);
    }
}
