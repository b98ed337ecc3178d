package org.stepwise.viz.lessons.tree;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.TaskFactory;
import org.stepwise.algo.tree.DecisionTreeSnapshot;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DecisionTreeViewTest {

    private final DecisionTreeLesson lesson = new DecisionTreeLesson();
    private DecisionTreeView view;

    @Start
    void start(Stage stage) {
        view = (DecisionTreeView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1100, 700));
        stage.show();
    }

    private DecisionTreeSnapshot run(Params params, Dataset data, int steps) {
        Engine<Snapshot> engine = lesson.factory().create(data, params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        DecisionTreeSnapshot s = (DecisionTreeSnapshot) engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        return s;
    }

    @Test
    void theSplitJustMadeIsHighlightedInTheDiagramAndThePlaneShowsTheTree() {
        Dataset data = lesson.defaultData();
        DecisionTreeSnapshot s = run(lesson.factory().defaults(), data, 2);
        assertThat(view.plane().isVisible()).isTrue();
        assertThat(view.curve().isVisible()).isFalse();
        assertThat(view.diagram().treeLayout().leafCount()).isEqualTo(3);
        assertThat(s.lastSplit()).isPositive();
        assertThat(view.pruningSlider().node().getParent()).as("no slider while growing").isNull();
    }

    @Test
    void regressionOnOneFeatureShowsTheStepFunction() {
        Params params = lesson.factory().defaults().with(TaskFactory.TASK, TaskFactory.REGRESS);
        run(params, lesson.defaultData(params), 3);
        assertThat(view.curve().isVisible()).isTrue();
        assertThat(view.plane().isVisible()).isFalse();
    }

    @Test
    void onceGrownTheSliderWalksThePruningPath() {
        Dataset data = lesson.defaultData();
        DecisionTreeSnapshot end = run(lesson.factory().defaults(), data, 1000);
        assertThat(view.pruningSlider().node().getParent()).as("the slider shows").isNotNull();
        int grownLeaves = view.diagram().treeLayout().leafCount();
        double[] alphas = end.pruning().alphas();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.pruningSlider().moveTo(alphas.length - 2));
        assertThat(view.pruningSlider().alpha()).isEqualTo(alphas[alphas.length - 2]);
        // The diagram keeps the grown tree (pruned nodes fade); the plane's model is the pruned tree.
        assertThat(view.diagram().treeLayout().leafCount()).isEqualTo(grownLeaves);
        assertThat(end.grown().prunedAt(alphas[alphas.length - 2]).leafCount()).isEqualTo(2);
        // A new run follows its own ccpAlpha again.
        run(lesson.factory().defaults(), data, 1);
        assertThat(view.pruningSlider().node().getParent()).isNull();
    }
}
