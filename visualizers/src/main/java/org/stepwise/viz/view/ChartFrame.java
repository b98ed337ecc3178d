package org.stepwise.viz.view;

import java.util.List;

/**
 * Everything one picture of a {@link MetricChart} shows, copied out of the FX thread's state so
 * a painter thread can draw it while the FX thread goes on adding points.
 *
 * @param sequence numbers the chart's pictures in the order they were asked for
 * @param width  logical width in pixels
 * @param height logical height in pixels
 * @param scale  output scale of the screen (2 on a HiDPI screen): the image is drawn this much larger
 * @param typeScale how much larger than usual the chart's text is drawn ({@link PlotType}: presentation mode)
 */
record ChartFrame(int sequence, List<Points> series, int markedStep, boolean logScale, boolean dark, double width, double height,
                  double scale, double typeScale) {

    /**
     * One series' points, each array the picture's own copy (the painter's dataset reads them in
     * place).
     *
     * @param aside drawn, but left out when the value axis is fitted ({@link MetricChart#setAside})
     */
    record Points(double[] x, double[] y, boolean aside) {
        Points {
            if (x.length != y.length) {
                throw new IllegalArgumentException(x.length + " steps for " + y.length + " values");
            }
        }

        int count() { return x.length; }
    }

    int pixelWidth() { return ScreenImage.devicePixels(width, scale); }

    int pixelHeight() { return ScreenImage.devicePixels(height, scale); }
}
