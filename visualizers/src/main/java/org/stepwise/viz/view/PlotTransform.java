package org.stepwise.viz.view;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.Domain;

/**
 * Maps a data rectangle onto a pixel rectangle (y grows upwards in data, downwards on screen)
 * and back, and picks "nice" tick values (1, 2 or 5 times a power of ten).
 */
public record PlotTransform(Domain domain, double left, double top, double width, double height) {

    public double toPixelX(double x) { return left + (x - domain.xMin()) / domain.width() * width; }

    public double toPixelY(double y) { return top + (domain.yMax() - y) / domain.height() * height; }

    public double toDataX(double pixelX) { return domain.xMin() + (pixelX - left) / width * domain.width(); }

    public double toDataY(double pixelY) { return domain.yMax() - (pixelY - top) / height * domain.height(); }

    /** True when the pixel lies inside the plot rectangle. */
    public boolean containsPixel(double pixelX, double pixelY) {
        return pixelX >= left && pixelX <= left + width && pixelY >= top && pixelY <= top + height;
    }

    /**
     * About {@code target} round tick values covering [min, max] (Heckbert, "Nice numbers for
     * graph labels", Graphics Gems, 1990). Each tick is computed as index × step rather than
     * by repeated addition, so a range far from zero (where adding the step would not change
     * the value) cannot loop forever; empty when the range is empty or not finite.
     */
    public static List<Double> ticks(double min, double max, int target) {
        List<Double> ticks = new ArrayList<>();
        double raw = (max - min) / Math.max(1, target);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return ticks;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double step = (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * power;
        long first = (long) Math.ceil(min / step);
        for (long index = first; index - first <= 4L * Math.max(1, target); index++) {
            double tick = index * step;
            if (tick > max + step * 1e-9) {
                break;
            }
            ticks.add(index == 0 ? 0.0 : tick);
        }
        return ticks;
    }

    /** A tick label without trailing zeros. */
    public static String label(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return Long.toString((long) value);
        }
        String text = String.format(java.util.Locale.ROOT, "%.3g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
    }
}
