package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxesTest {

    /**
     * The regularization view's two stacked plots in presentation mode at 1024 × 768 are about
     * 100 px high: six y labels at 21 px ran into each other ("1000 800 600" in one smear).
     */
    @Test
    void aLowPlotAsksForFewerYTicksSoTheirLabelsStayApart() {
        double scale = 21 / 15.0;
        int ticks = Axes.tickCount(100, Axes.Y_LABEL_ROOM, scale);
        assertThat(ticks).isEqualTo(2);
        java.util.List<Double> values = PlotTransform.ticks(-650, 1050, ticks);
        double pixelsApart = 100 * (values.get(1) - values.get(0)) / 1700;
        assertThat(pixelsApart).as("label to label").isGreaterThanOrEqualTo(21 * 1.2);
        assertThat(Axes.tickCount(500, Axes.Y_LABEL_ROOM, scale)).as("a plot of usual height").isEqualTo(6);
        assertThat(Axes.tickCount(900, Axes.X_LABEL_ROOM, 1)).isEqualTo(6);
    }
}
