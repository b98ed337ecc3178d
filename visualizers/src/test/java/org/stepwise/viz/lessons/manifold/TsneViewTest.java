package org.stepwise.viz.lessons.manifold;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.manifold.TsneSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TsneViewTest {

    private final TsneLesson lesson = new TsneLesson();
    private TsneView view;

    @Start
    void start(Stage stage) {
        view = (TsneView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 700));
        stage.show();
    }

    private Engine<TsneSnapshot> engine(Dataset data) {
        return lesson.factory().create(data, lesson.factory().defaults(), 0);
    }

    /** On Digits the chosen point's image and its ten original-space neighbours' are shown; choosing another changes them. */
    @Test
    void theChosenPointsNeighboursArePictured() {
        Dataset digits = BuiltInDatasets.load("digits");
        Engine<TsneSnapshot> engine = engine(digits);
        engine.step();
        TsneSnapshot first = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(first, digits));
        assertThat(view.imagesVisible()).isTrue();
        assertThat(view.imageCount()).isEqualTo(1 + EmbeddingPicture.NEIGHBOURS);
        assertThat(view.imagesOf()).isZero();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.choose(42));
        assertThat(view.embedding().chosen()).isEqualTo(42);
        assertThat(view.imagesOf()).isEqualTo(42);
    }

    /** Iris has no pictures; the KL axis fits the exaggerated error, then the true KL once the phase is over. */
    @Test
    void theKlAxisFitsThePhaseShown() {
        Dataset iris = BuiltInDatasets.load("iris");
        Engine<TsneSnapshot> engine = engine(iris);
        for (int i = 0; i < 100; i++) {
            engine.step();
        }
        TsneSnapshot exaggerated = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(exaggerated, iris));
        assertThat(view.imagesVisible()).isFalse();
        assertThat(view.kl().node().domain().yMax()).isGreaterThan(exaggerated.klDivergence());
        while (engine.snapshot().step() < 400) {
            engine.step();
        }
        TsneSnapshot after = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(after, iris));
        double top = view.kl().node().domain().yMax();
        assertThat(top).isGreaterThan(after.klDivergence()).isLessThan(exaggerated.klDivergence());
    }
}
