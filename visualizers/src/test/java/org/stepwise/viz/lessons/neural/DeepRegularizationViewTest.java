package org.stepwise.viz.lessons.neural;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.neural.regularization.DeepRegularizationSnapshot;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DeepRegularizationViewTest {

    private final DeepRegularizationLesson lesson = new DeepRegularizationLesson();
    private DeepRegularizationView view;

    @Start
    void start(Stage stage) {
        view = (DeepRegularizationView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1200, 700));
        stage.show();
    }

    /** Each plane shows its own network, both with the validation rows hollow; the chart spans the epoch budget. */
    @Test
    void theTwoBoundariesShowTheirOwnNetworkOverTheSamePointsWithTheValidationRowsHollow() {
        Dataset data = lesson.defaultData();
        Engine<DeepRegularizationSnapshot> engine = lesson.factory().create(data,
                lesson.factory().defaults().with("technique", "early_stopping"), 0);
        for (int i = 0; i < 40; i++) {
            engine.step();
        }
        DeepRegularizationSnapshot s = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        int hollow = 0;
        for (int row = 0; row < data.size(); row++) {
            boolean validation = s.validationMask()[row];
            assertThat(view.regularizedPlane().points().heldOut(row)).isEqualTo(validation);
            assertThat(view.baselinePlane().points().heldOut(row)).isEqualTo(validation);
            hollow += validation ? 1 : 0;
        }
        assertThat(hollow).isEqualTo(s.validationRows()).isEqualTo(18);
        assertThat(view.curves().chart().domain().xMax()).isEqualTo(300);
        assertThat(s.stoppedAt()).as("early stopping has ended the regularized network's training").isPositive();
    }

    /**
     * The boundaries are painted in the background while the lesson plays; before a snapshot of the
     * view (render, export) drawNow paints both, each with its own network's two regions.
     */
    @Test
    void drawNowPaintsBothBoundariesBeforeASnapshot() {
        Dataset data = lesson.defaultData();
        Engine<DeepRegularizationSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        for (int i = 0; i < 30; i++) {
            engine.step();
        }
        DeepRegularizationSnapshot s = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(s, data);
            view.drawNow();
        });
        for (var plane : java.util.List.of(view.regularizedPlane(), view.baselinePlane())) {
            var raster = plane.raster();
            java.util.Set<Integer> classes = new java.util.HashSet<>();
            for (int row = 0; row < raster.height(); row += 8) {
                for (int column = 0; column < raster.width(); column += 8) {
                    classes.add(raster.topClassAt(column, row));
                }
            }
            assertThat(raster.width()).isEqualTo(org.stepwise.viz.view.DecisionBoundaryView.DEFAULT_RESOLUTION);
            assertThat(classes).containsExactlyInAnyOrder(0, 1);
        }
    }
}
