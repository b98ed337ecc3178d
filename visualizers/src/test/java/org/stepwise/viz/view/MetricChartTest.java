package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MetricChartTest {

    private MetricChart chart;

    @Start
    void start(Stage stage) {
        chart = new MetricChart(List.of("loss", "accuracy"));
        stage.setScene(new Scene(new StackPane(chart.node()), 720, 320));
        stage.show();
    }

    @Test
    void longRunsAreThinnedToTheBoundAndSkipNonFiniteValues() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            for (int step = 0; step < 100_000; step++) {
                chart.add("loss", step, 1.0 / (step + 1));
            }
            chart.add("accuracy", 0, Double.NaN);
            chart.add("accuracy", 1, 0.5);
            chart.flush();
            return null;
        });
        assertThat(chart.pointCount("loss")).isBetween(MetricChart.MAX_POINTS / 2, MetricChart.MAX_POINTS);
        assertThat(chart.pointCount("accuracy")).isEqualTo(1);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.reset();
            chart.flush();
            return null;
        });
        assertThat(chart.pointCount("loss")).isZero();
    }

    @Test
    void aScoreHasItsOwnAxisFromZeroToOneBesideALoss() {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.reset();
            for (int step = 0; step <= 20; step++) {
                chart.add("loss", step, 12 - step * 0.5);
                chart.add("accuracy", step, 0.4 + step * 0.025);
            }
            chart.flushNow();
            return null;
        });
        // The loss's axis fits the loss alone (accuracy lay flat along its bottom)...
        assertThat(chart.rangeAxis().getRange().getLowerBound()).isGreaterThan(1.0);
        // ...and accuracy reads against 0 to 1 on the right.
        assertThat(chart.scoreAxis().getRange().getLowerBound()).isZero();
        assertThat(chart.scoreAxis().getRange().getUpperBound()).isBetween(1.0, 1.05);
        assertThat(MetricChart.isScore("test_accuracy")).isTrue();
        assertThat(MetricChart.isScore("r2")).isTrue();
        assertThat(MetricChart.isScore("loss")).isFalse();
        assertThat(new MetricChart(List.of("loss_gd", "loss_adam")).scoreAxis()).as("no score: one axis").isNull();
    }

    @Test
    void aClickOrADragOnThePlotNamesTheStepUnderThePointer(org.testfx.api.FxRobot robot) {
        List<Integer> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.reset();
            for (int step = 0; step <= 100; step++) {
                chart.add("loss", step, 5.0 / (step + 1));
            }
            chart.flushNow();
            chart.setOnSeek(steps::add);
        });
        double[] at = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            double x40 = -1;
            double x80 = -1;
            for (double x = 0; x < chart.node().getWidth(); x += 0.5) {
                x40 = x40 < 0 && chart.stepAt(x) == 40 ? x : x40;
                x80 = x80 < 0 && chart.stepAt(x) == 80 ? x : x80;
            }
            return new double[] {x40, x80};
        });
        assertThat(at[0]).as("step 40 lies on the plot").isPositive();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.stepAt(2))).as("left of the plot").isEqualTo(-1);
        double middle = WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.node().getHeight() / 2);
        robot.clickOn(WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.node().localToScreen(at[0] + 0.25, middle)));
        // The robot moves on whole screen pixels, each about a step wide here.
        assertThat(steps).singleElement().satisfies(step -> assertThat(step).isBetween(39, 41));
        robot.drag(WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.node().localToScreen(at[0] + 0.25, middle)),
                javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.node().localToScreen(at[1] + 0.25, middle)));
        assertThat(steps.get(steps.size() - 1)).isBetween(79, 81);
        assertThat(steps.size()).as("the drag named steps on its way").isGreaterThan(2);
    }

    /** Waits until the painter thread's pictures are all on screen. */
    private void awaitPictures() {
        for (int i = 0; i < 500 && WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.shownPicture()
                < chart.requestedPictures()); i++) {
            WaitForAsyncUtils.sleep(10, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.shownPicture()))
                .isEqualTo(WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.requestedPictures()));
    }

    @Test
    void eachFlushAsksForOnePictureAndOnlyWhenSomethingChanged() {
        awaitPictures();
        int before = WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.requestedPictures());
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            // Enough points to thin each series several times inside one frame.
            for (int step = 0; step < 10 * MetricChart.MAX_POINTS; step++) {
                chart.add("loss", step, Math.exp(-step / 3000.0));
                chart.add("accuracy", step, 1 - Math.exp(-step / 2000.0));
            }
            chart.setCurrentStep(7000);
        });
        assertThat(chart.requestedPictures()).as("adding points asks for nothing").isEqualTo(before);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.flush());
        assertThat(chart.requestedPictures()).isEqualTo(before + 1);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.flush());
        assertThat(chart.requestedPictures()).as("nothing new, no redraw").isEqualTo(before + 1);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.setCurrentStep(3000);
            chart.flush();
        });
        assertThat(chart.requestedPictures()).as("moving the step marker redraws once").isEqualTo(before + 2);
        awaitPictures();
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> chart.node().snapshot(null, null));
        ViewPictures.save(image, "metric-chart-light");
        assertThat(distinctColours(image)).as("lines, axes and text are drawn").isGreaterThan(20);
    }

    @Test
    void thePictureFollowsTheSizeOfItsPlace() {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.add("loss", 0, 1);
            chart.add("loss", 1, 0.5);
            chart.node().getScene().getWindow().setWidth(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        awaitPictures();
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> chart.node().snapshot(null, null));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(distinctColours(image)).isGreaterThan(20);
    }

    @Test
    void aChartHigherThanWideHasItsLegendUnderThePlot() {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.add("loss", 0, 1);
            chart.add("loss", 1, 0.5);
            chart.flushNow();
        });
        assertThat(chart.legendEdge()).isEqualTo(org.jfree.chart.ui.RectangleEdge.RIGHT);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.node().getScene().getWindow().setWidth(300);
            chart.node().getScene().getWindow().setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(2000, chart::flushNow);
        var edge = chart.legendEdge();
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> chart.node().snapshot(null, null));
        // The stage outlives this class: later tests expect a window of the usual shape.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.node().getScene().getWindow().setWidth(720);
            chart.node().getScene().getWindow().setHeight(320);
        });
        assertThat(edge).isEqualTo(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        assertThat(distinctColours(image)).isGreaterThan(20);
    }

    private static long distinctColours(WritableImage image) {
        var reader = image.getPixelReader();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(reader.getArgb(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void stepsAreTickedInWholeNumbersAndTheLegendReadsTheLabelsGiven() {
        MetricChart labelled = new MetricChart(List.of("loss_gd", "loss_adam"), List.of("GD loss", "Adam loss"));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            chart.add("loss", 0, 2.0);
            chart.add("loss", 3, 1.0);
            chart.flushNow();
            labelled.add("loss_gd", 0, 1.0);
            labelled.flushNow();
        });
        NumberAxis steps = (NumberAxis) chart.domainAxis();
        assertThat(steps.getTickUnit().getSize() % 1).isZero();
        // A wide chart of a few steps would otherwise get ticks 0.5 or 0.25 apart.
        assertThat(steps.getStandardTickUnits().getCeilingTickUnit(0.3).getSize()).isEqualTo(1);
        assertThat(labelled.legendLabel(0)).isEqualTo("GD loss");
        assertThat(labelled.legendLabel(1)).isEqualTo("Adam loss");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new MetricChart(List.of("a", "b"), List.of("same", "same")))
                .hasMessageContaining("each metric needs a label of its own");
    }

    @Test
    void aLogScaleShowsLossesOverDecadesAndSkipsValuesThatAreNotPositive() {
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            chart.setLogScale(true);
            chart.setDark(true);
            for (int step = 0; step < 1200; step++) {
                chart.add("loss", step, 10 * Math.exp(-step / 120.0));
                chart.add("accuracy", step, step == 0 ? 0 : 1 - Math.exp(-step / 300.0));
            }
            chart.setCurrentStep(900);
            chart.flushNow();
            return chart.node().snapshot(null, null);
        });
        ViewPictures.save(image, "metric-chart-dark-log");
        assertThat(chart.isLogScale()).isTrue();
        assertThat(chart.rangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(chart.pointCount("loss")).isEqualTo(1200);
        assertThat(chart.pointCount("accuracy")).isEqualTo(1199);
        LogAxis axis = (LogAxis) chart.rangeAxis();
        assertThat(axis.getRange().getLowerBound()).isLessThan(1e-3);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.setLogScale(false);
            chart.flushNow();
        });
        assertThat(chart.rangeAxis()).isInstanceOf(NumberAxis.class);
    }
    /**
     * Each series is drawn in the theme's colour: on the dark chart Okabe-Ito's blue was 3.6:1
     * against the background, and the same colours served both themes.
     */
    @Test
    void theSeriesColoursFollowTheThemeAndStandOutOnItsBackground() {
        java.awt.Color[][] paints = new java.awt.Color[2][2];
        for (boolean dark : new boolean[] {false, true}) {
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                chart.setDark(dark);
                chart.add("loss", 0, 1);
                chart.add("loss", 1, 0.5);
                chart.flushNow();
            });
            for (int i = 0; i < 2; i++) {
                paints[dark ? 1 : 0][i] = chart.seriesPaint(i);
                int background = dark ? 0xFF0D1117 : 0xFFFFFFFF;
                assertThat(ColorMaps.contrast(paints[dark ? 1 : 0][i].getRGB(), background))
                        .as("series %d, dark %s", i, dark).isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(paints[1][0]).isNotEqualTo(paints[0][0]);
        assertThat(paints[1][0].getRGB()).isEqualTo(ColorMaps.seriesArgb(0, true));
        assertThat(paints[0][1].getRGB()).isEqualTo(ColorMaps.seriesArgb(1, false));
    }

    @Test
    void aSingleValueFarFromOneGetsAWindowAroundItOnEitherAxis() {
        // At step 0 every optimizer of a race has the same loss; one that ran away sits at 3.7e8,
        // where JFreeChart's minimum axis width is below the value's precision.
        double value = 3.6844987399999887E8;
        for (boolean log : new boolean[] {true, false}) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                chart.reset();
                chart.setLogScale(log);
                // A picture with this axis first, so that the flat one below finds it in place.
                chart.add("loss", 0, 1);
                chart.add("loss", 1, 10);
                chart.flushNow();
                chart.reset();
                chart.add("loss", 0, value);
                chart.add("accuracy", 0, value);
                chart.flushNow();
            });
            org.jfree.data.Range range = chart.rangeAxis().getRange();
            assertThat(range.getLength()).as(log ? "logarithmic" : "linear").isPositive();
            assertThat(range.contains(value)).isTrue();
            assertThat(range.getLowerBound()).isGreaterThan(0);
        }
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.reset();
            chart.setLogScale(false);
        });
    }

    @Test
    void aSeriesSetAsideIsLeftOutOfTheValueAxisAndMarkedInTheLegend() {
        // Two losses on one axis, as the race charts them.
        MetricChart race = new MetricChart(List.of("loss", "runaway"));
        StackPane holder = WaitForAsyncUtils.waitForAsyncFx(2000, () -> (StackPane) chart.node().getParent());
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> holder.getChildren().setAll(race.node()));
        WaitForAsyncUtils.waitForFxEvents();
        for (boolean log : new boolean[] {true, false}) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                race.reset();
                race.setLogScale(log);
                for (int step = 0; step < 100; step++) {
                    race.add("loss", step, 1 + 9 * Math.exp(-step / 20.0));
                    // An optimizer that ran away at step 2 and stays there.
                    race.add("runaway", step, step < 2 ? 5 : 3.7e8);
                }
                race.flushNow();
            });
            assertThat(race.rangeAxis().getUpperBound()).as("both fitted").isGreaterThan(3e8);
            assertThat(race.legendLabel(1)).isEqualTo("runaway");
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
                race.setAside("runaway", true);
                race.flushNow();
            });
            org.jfree.data.Range range = race.rangeAxis().getRange();
            assertThat(range.getUpperBound()).as(log ? "logarithmic" : "linear").isBetween(10.0, 100.0);
            assertThat(range.getLowerBound()).isLessThan(1.0);
            assertThat(race.legendLabel(1)).isEqualTo("runaway" + ChartFrameDataset.ASIDE_MARK);
            assertThat(race.pointCount("runaway")).as("still drawn").isEqualTo(100);

            // When every series is aside, the axis fits them all rather than nothing.
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
                race.setAside("loss", true);
                race.flushNow();
            });
            assertThat(race.rangeAxis().getUpperBound()).isGreaterThan(3e8);
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
                race.reset();
                race.flushNow();
            });
            assertThat(race.legendLabel(1)).as("a new run takes every series back").isEqualTo("runaway");
        }
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> race.setLogScale(false));
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> holder.getChildren().setAll(chart.node()));
    }
}
