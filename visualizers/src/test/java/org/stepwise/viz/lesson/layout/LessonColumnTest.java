package org.stepwise.viz.lesson.layout;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.viz.lesson.ThemedScenes;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LessonColumnTest {

    private final Region view = new Pane();
    private final Region chart = new Pane();
    private LessonColumn column;
    private Stage stage;

    @Start
    void start(Stage newStage) {
        stage = newStage;
        chart.setPrefHeight(200);
        column = new LessonColumn(new Pane(), view, new Pane(), new Pane(), chart);
        stage.setScene(ThemedScenes.of(column.node(), 900, 700));
        stage.show();
    }

    /** The stage outlives this class: later tests expect a window of the size they set. */
    @AfterEach
    void restoreSize() {
        resize(900, 700);
    }

    private void resize(double width, double height) {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // A layout pass of the new size now, not at a pulse that a loaded machine may not have run yet.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    @Test
    void underTheViewTheChartGrowsWithTheWindowWithinBounds() {
        resize(900, 700);
        double small = chart.getHeight();
        assertThat(small).isCloseTo(LessonColumn.BELOW_LOWEST, org.assertj.core.data.Offset.offset(1.0));
        // A tall window (still narrower than the beside threshold): a quarter of the column's height.
        resize(1500, 1200);
        assertThat(column.isChartBeside()).isFalse();
        assertThat(chart.getHeight()).isCloseTo(column.node().getHeight() * LessonColumn.BELOW_SHARE,
                org.assertj.core.data.Offset.offset(2.0)).isGreaterThan(small + 50);
        resize(1500, 2400);
        assertThat(chart.getHeight()).isCloseTo(LessonColumn.BELOW_HIGHEST, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aWideColumnPutsTheChartBesideTheViewAndANarrowerOneBringsItBack() {
        resize(900, 700);
        assertThat(column.isChartBeside()).isFalse();
        assertThat(chart.getParent()).isSameAs(column.node());
        assertThat(column.node().getChildren().indexOf(chart)).as("last, under the narration").isEqualTo(4);
        assertThat(chart.getLayoutY()).isGreaterThan(view.getHeight());

        resize(1400, 700);
        assertThat(column.isChartBeside()).isTrue();
        assertThat(chart.getParent()).isSameAs(view.getParent().getParent());
        assertThat(chart.getWidth()).isCloseTo(1400 * LessonColumn.BESIDE_SHARE, org.assertj.core.data.Offset.offset(16.0));
        assertThat(chart.getHeight()).as("as high as the view").isEqualTo(view.getHeight());
        assertThat(chart.getLayoutX()).isGreaterThanOrEqualTo(view.getWidth());

        resize(900, 700);
        assertThat(column.isChartBeside()).isFalse();
        assertThat(column.node().getChildren().indexOf(chart)).isEqualTo(4);
    }

    @Test
    void betweenTheTwoThresholdsTheChartStaysWhereItIs() {
        resize(900, 700);
        resize(1050, 700);
        assertThat(column.isChartBeside()).as("1.5 from below").isFalse();
        resize(1400, 700);
        resize(1050, 700);
        assertThat(column.isChartBeside()).as("1.5 from beside").isTrue();
    }
}
