package org.stepwise.viz.lessons.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.ensemble.AdaBoostSnapshot;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AdaBoostViewTest {

    private final AdaBoostLesson lesson = new AdaBoostLesson();
    private AdaBoostView view;

    @Start
    void start(Stage stage) {
        view = (AdaBoostView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1100, 700));
        stage.show();
    }

    private AdaBoostSnapshot run(Params params, Dataset data, int steps) {
        Engine<AdaBoostSnapshot> engine = lesson.factory().create(data.training(), params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        AdaBoostSnapshot s = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        return s;
    }

    /** After round 1 the rows it missed hold half the weight: drawn larger in round 2, the others smaller. */
    @Test
    void theRowsTheLastStumpMissedAreDrawnLargerInTheNextRound() {
        Dataset data = lesson.defaultData();
        AdaBoostSnapshot first = run(lesson.factory().defaults(), data, 1);
        assertThat(view.diagram().treeLayout().leafCount()).as("a stump").isEqualTo(2);
        assertThat(view.sizes()).containsOnly(1.0);
        run(lesson.factory().defaults(), data, 2);
        double[] sizes = view.sizes();
        int n = data.size();
        for (int i = 0; i < n; i++) {
            double expected = Math.sqrt(n * 0.5 / (first.missed(i) ? first.missedCount() : n - first.missedCount()));
            assertThat(sizes[i]).as("row %d", i).isCloseTo(expected, within(1e-9));
            assertThat(sizes[i] > 1).isEqualTo(first.missed(i));
        }
    }

    @Test
    void heldOutRowsKeepTheUsualSizeAndTrainingRowsFollowTheirWeights() {
        Dataset data = lesson.defaultData();
        boolean[] heldOut = new boolean[data.size()];
        for (int i = 0; i < heldOut.length; i += 4) {
            heldOut[i] = true;
        }
        Dataset split = data.withHeldOut(heldOut);
        AdaBoostSnapshot s = run(lesson.factory().defaults(), split, 3);
        double[] sizes = view.sizes();
        for (int row = 0, fitted = 0; row < sizes.length; row++) {
            double expected = heldOut[row] ? 1 : Math.max(AdaBoostView.SMALLEST, Math.sqrt(s.rows() * s.fittedWeight(fitted++)));
            assertThat(sizes[row]).as("row %d", row).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void withThreeFeaturesOnlyTheLearnerShows() {
        double[][] x = {{0, 0, 1}, {1, 0, 0}, {0, 1, 1}, {1, 1, 0}, {2, 2, 2}, {2, 0, 1}};
        Dataset data = Dataset.classification("three", x, new int[] {0, 1, 0, 1, 0, 1}, List.of("a", "b", "c"),
                List.of("p", "q"));
        run(lesson.factory().defaults(), data, 1);
        assertThat(view.plane().isVisible()).isFalse();
        assertThat(view.diagram().treeLayout().leafCount()).isEqualTo(2);
    }
}
