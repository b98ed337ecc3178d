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
        return majorTicks(low, high, height).stream().map(ValueTick::getValue).toList();
    }

    private static List<ValueTick> majorTicks(double low, double high, double height) {
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
                    .filter(tick -> tick.getTickType() == org.jfree.chart.axis.TickType.MAJOR).toList();
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

    /** A loss from 20 down to 2e-5 was labelled "0.001" above "1e-4": one form for the whole axis. */
    @Test
    void anAxisThatNeedsOnePowerLabelsEveryTickAsAPower() {
        List<String> labels = majorTicks(2e-5, 20, 400).stream().map(OneTwoFiveLogAxisTest::text).toList();
        assertThat(labels).containsExactly("1e-4", "1e-3", "1e-2", "1e-1", "1e0", "1e1");
        assertThat(majorTicks(0.009, 1100, 200).stream().map(OneTwoFiveLogAxisTest::text).toList())
                .as("plain decimals where all fit").containsExactly("0.01", "0.1", "1", "10", "100", "1000");
    }

    /** A log tick's label, which JFreeChart keeps as an attributed string. */
    private static String text(ValueTick tick) {
        java.text.AttributedCharacterIterator chars = ((org.jfree.chart.axis.LogTick) tick).getAttributedLabel()
                .getIterator();
        StringBuilder text = new StringBuilder();
        for (char c = chars.first(); c != java.text.CharacterIterator.DONE; c = chars.next()) {
            text.append(c);
        }
        return text.toString();
    }
}
