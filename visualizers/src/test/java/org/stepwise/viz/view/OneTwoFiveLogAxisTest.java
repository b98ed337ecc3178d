package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class OneTwoFiveLogAxisTest {

    private static List<Double> labelled(double low, double high, double height) {
        OneTwoFiveLogAxis axis = new OneTwoFiveLogAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new TickLabels());
        axis.setTickLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 14));
        axis.setRange(low, high);
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            List<?> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 400, height),
                    RectangleEdge.LEFT);
            return ticks.stream().map(tick -> (ValueTick) tick)
                    .filter(tick -> tick.getTickType() == org.jfree.chart.axis.TickType.MAJOR)
                    .map(ValueTick::getValue).toList();
        } finally {
            g2.dispose();
        }
    }

    @Test
    void aRangeOfAboutOneDecadeIsLabelledOneTwoFive() {
        // The race of seven on Rosenbrock at step 40, the diverged set aside: one power of ten in range.
        assertThat(labelled(4.29, 71.0, 120)).containsExactly(5.0, 10.0, 20.0, 50.0);
        assertThat(labelled(0.0021, 0.03, 120)).containsExactly(0.005, 0.01, 0.02);
    }

    @Test
    void aRangeNarrowerThanThatGetsTheFinestRoundStepWhoseLabelsStayApart() {
        assertThat(labelled(5.2, 8.5, 120)).containsExactly(6.0, 7.0, 8.0);
        // Adam alone on Beale at step 200: 0.8 and 0.9 would touch, 1.2 and 1.4 too.
        assertThat(labelled(0.7285, 1.8115, 120)).containsExactly(1.0, 1.5);
    }

    @Test
    void wideRangesKeepThePowersOfTenAndLabelsThatWouldOverlapAreNotAdded() {
        assertThat(labelled(0.009, 1100, 200)).containsExactly(0.01, 0.1, 1.0, 10.0, 100.0, 1000.0);
        assertThat(labelled(4.29, 71.0, 30)).as("30 px high").containsExactly(10.0);
    }
}
