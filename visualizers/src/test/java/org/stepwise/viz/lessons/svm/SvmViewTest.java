package org.stepwise.viz.lessons.svm;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.TaskFactory;
import org.stepwise.algo.svm.SvmModel;
import org.stepwise.algo.svm.SvmSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.FieldLayer;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SvmViewTest {

    private final SvmLesson lesson = new SvmLesson();
    private SvmView view;

    @Start
    void start(Stage stage) {
        view = (SvmView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1100, 700));
        stage.show();
    }

    private SvmSnapshot run(Params params, Dataset data, int steps) {
        Engine<Snapshot> engine = lesson.factory().create(data, params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        SvmSnapshot s = (SvmSnapshot) engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        return s;
    }

    /** The plane shows the pair's f: each painted pixel's class is the sign of f there, as predict says. */
    @Test
    void thePlaneShadesTheDecisionFunctionItsSignThePrediction() {
        Dataset data = lesson.defaultData();
        SvmSnapshot s = run(lesson.factory().defaults(), data, 20);
        assertThat(view.plane().isVisible()).isTrue();
        assertThat(view.curve().isVisible()).isFalse();
        assertThat(s.update().updated()).isTrue();
        ClassProbabilities field = new SvmField(s.model(), 0, false);
        double[] xs = {-1, 0, 0.5, 1.5, 2};
        double[] ys = {0.5, 1, 0.25, -0.4, 0.3};
        double[] p = new double[10];
        field.predictProbabilities(xs, ys, 5, p);
        for (int i = 0; i < 5; i++) {
            double predicted = s.model().predict(new double[] {xs[i], ys[i]}, 0);
            assertThat(ClassProbabilities.mostProbable(p, 2 * i, 2)).as("point %d", i).isEqualTo((int) predicted);
            assertThat(p[2 * i] - p[2 * i + 1]).isCloseTo(
                    Math.max(-1, Math.min(1, s.model().decision(0, xs[i], ys[i]) / 2)), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    /** Once every pair of Iris is solved, the field is the vote, and it agrees with predict away from the edges. */
    @Test
    void threeClassesShowTheVoteOnceEveryPairIsSolved() {
        Dataset iris = BuiltInDatasets.load("iris").selectFeatures(0, 1);
        SvmSnapshot end = run(lesson.factory().defaults(), iris, 10_000);
        assertThat(end.status().isFinal()).isTrue();
        SvmModel model = end.model();
        ClassProbabilities vote = new SvmField(model, 0, true);
        double[] p = new double[3];
        for (int i = 0; i < iris.size(); i += 7) {
            double[] x = iris.row(i);
            vote.predictProbabilities(new double[] {x[0]}, new double[] {x[1]}, 1, p);
            double sure = p[ClassProbabilities.mostProbable(p, 0, 3)];
            if (sure > 0.6) {
                assertThat(ClassProbabilities.mostProbable(p, 0, 3)).as("row %d", i).isEqualTo((int) model.predict(x, 0));
            }
        }
    }

    @Test
    void regressionOnOneFeatureShowsTheCurveAndItsTube() {
        Params params = lesson.factory().defaults().with(TaskFactory.TASK, "svr");
        SvmSnapshot s = run(params, lesson.defaultData(params), 30);
        assertThat(view.curve().isVisible()).isTrue();
        assertThat(view.plane().isVisible()).isFalse();
        assertThat(s.epsilon()).isEqualTo(0.1);
    }

    /** While playing fast the regions are a coarse draft, a sixteenth of the pixels; paused, full size again. */
    @Test
    void drawsQuarterSizeDraftsWhileThePanelSaysSo() {
        Dataset data = lesson.defaultData();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setDraft(true));
        run(lesson.factory().defaults(), data, 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.plane().draft()).isTrue();
        assertThat(view.plane().raster().width()).isEqualTo(FieldLayer.SLOW_MODEL_DRAFT_RESOLUTION);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setDraft(false));
        run(lesson.factory().defaults(), data, 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.plane().raster().width()).isEqualTo(DecisionBoundaryView.DEFAULT_RESOLUTION);
    }
}
