package org.stepwise.viz.lessons.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.ensemble.VotingSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.BoundaryThumbnails;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class VotingViewTest {

    private final VotingLesson lesson = new VotingLesson();
    private VotingView view;

    @Start
    void start(Stage stage) {
        view = (VotingView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1100, 700));
        stage.show();
    }

    private VotingSnapshot run(Params params, Dataset data, int steps) {
        Engine<VotingSnapshot> engine = lesson.factory().create(data, params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        VotingSnapshot s = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        return s;
    }

    @Test
    void beforeAnyMemberThePlaneStandsAlone() {
        run(lesson.factory().defaults(), lesson.defaultData(), 0);
        assertThat(view.plane().isVisible()).isTrue();
        assertThat(view.thumbnails().isVisible()).isFalse();
        assertThat(view.bars().node().isVisible()).as("no accuracy to show yet").isFalse();
        assertThat(view.drawnModel()).isNull();
    }

    @Test
    void theStepFittingAMemberOutlinesItsThumbnailAndShowsItAlone() {
        VotingSnapshot s = run(lesson.factory().defaults(), lesson.defaultData(), 2);
        assertThat(view.thumbnails().isVisible()).isTrue();
        assertThat(view.shownThumbnails()).extracting(BoundaryThumbnails.Thumbnail::highlighted)
                .containsExactly(false, true);
        assertThat(view.shownThumbnails().get(1).caption()).isEqualTo("k-NN\n94.0%".replace("\n",
                System.lineSeparator()));
        assertThat(view.drawnModel()).as("the newest member alone").isSameAs(s.member(1).grid());
        assertThat(VotingView.caption(s)).isEqualTo("k-NN alone: 94.0%");
    }

    @Test
    void theCombinationDrawsTheEnsembleWithNoThumbnailOutlined() {
        VotingSnapshot s = run(lesson.factory().defaults().with("voting", "soft"), lesson.defaultData(), 5);
        assertThat(view.drawnModel()).isSameAs(s.ensemble());
        assertThat(view.shownThumbnails()).hasSize(4).noneMatch(BoundaryThumbnails.Thumbnail::highlighted);
        assertThat(VotingView.caption(s)).isEqualTo("soft vote of 4: 94.0%");
    }

    @Test
    void withThirtyFeaturesTheBarsTakeThePlanesPlace() {
        Dataset cancer = BuiltInDatasets.load("breast_cancer");
        Params two = lesson.factory().defaults().with("useKnn", false).with("useTree", false);
        run(two.with("voting", "stacking"), cancer, 3);
        assertThat(view.plane().isVisible()).isFalse();
        assertThat(view.thumbnails().isVisible()).isFalse();
    }
}
