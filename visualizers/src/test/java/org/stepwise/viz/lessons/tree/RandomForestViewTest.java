package org.stepwise.viz.lessons.tree;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.ensemble.RandomForestSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RandomForestViewTest {

    private final RandomForestLesson lesson = new RandomForestLesson();
    private RandomForestView view;

    @Start
    void start(Stage stage) {
        view = (RandomForestView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1100, 700));
        stage.show();
    }

    private RandomForestSnapshot run(Params params, Dataset data, int steps) {
        Engine<RandomForestSnapshot> engine = lesson.factory().create(data, params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        RandomForestSnapshot s = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        return s;
    }

    @Test
    void theFirstDrawShowsTheSampleBeforeAnyTree() {
        RandomForestSnapshot s = run(lesson.factory().defaults(), lesson.defaultData(), 1);
        assertThat(s.event()).isEqualTo(RandomForestSnapshot.Event.DRAWN);
        assertThat(view.plane().isVisible()).isTrue();
        assertThat(view.thumbnails().isVisible()).as("no tree to show yet").isFalse();
    }

    @Test
    void theNewestTreesStandBesideTheForestNewestOutlined() {
        RandomForestSnapshot s = run(lesson.factory().defaults(), lesson.defaultData(), 16);
        assertThat(s.forest().treeCount()).isEqualTo(8);
        assertThat(view.thumbnails().isVisible()).isTrue();
        assertThat(view.thumbnails().count()).isEqualTo(RandomForestView.THUMBNAILS);
        assertThat(view.plane().points()).isNotNull();
    }

    @Test
    void withThirtyFeaturesTheImportancesTakeThePlanesPlace() {
        Dataset cancer = BuiltInDatasets.load("breast_cancer");
        run(lesson.factory().defaults().with("nEstimators", 3), cancer, 6);
        assertThat(view.plane().isVisible()).isFalse();
        assertThat(view.thumbnails().isVisible()).isFalse();
    }
}
