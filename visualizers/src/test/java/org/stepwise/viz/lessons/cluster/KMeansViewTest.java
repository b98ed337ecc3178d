package org.stepwise.viz.lessons.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.cluster.HalfStep;
import org.stepwise.algo.cluster.KMeansSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.BoundaryRaster;
import org.stepwise.viz.view.VoronoiCells;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The k-means picture is the state: the cells are the Voronoi cells of the snapshot's centroids,
 * repainted when a centroid moves and not when the points are assigned; the elbow and the
 * silhouette show only once the run has ended.
 */
@ExtendWith(ApplicationExtension.class)
class KMeansViewTest {

    private final KMeansLesson lesson = new KMeansLesson();
    private final Dataset data = lesson.defaultData();
    private KMeansView view;

    @Start
    void start(Stage stage) {
        view = (KMeansView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 700));
        stage.show();
    }

    /** Shows the snapshot and paints the cells at once (they are painted in the background otherwise). */
    private void show(KMeansSnapshot snapshot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(snapshot, data);
            view.drawNow();
        });
    }

    @Test
    void cellsFollowTheCentroidsAndAreRepaintedOnlyWhenTheyMove() {
        Engine<KMeansSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults().with("init", "first"), 0);
        show(engine.snapshot());
        engine.step();
        engine.step();
        KMeansSnapshot moved = engine.snapshot();
        assertThat(moved.half()).isEqualTo(HalfStep.MOVE);
        show(moved);
        VoronoiCells cells = view.cells();
        for (int c = 0; c < 3; c++) {
            assertThat(cells.centreX(c)).isEqualTo(moved.centre(c, 0));
            assertThat(cells.cellOf(moved.centre(c, 0), moved.centre(c, 1))).isEqualTo(c);
        }
        BoundaryRaster raster = view.plane().raster();
        Set<Integer> painted = new HashSet<>();
        for (int row = 0; row < raster.height(); row += 8) {
            for (int column = 0; column < raster.width(); column += 8) {
                painted.add(raster.topClassAt(column, row));
            }
        }
        assertThat(painted).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(view.afterRun().elbow().isVisible()).isFalse();

        engine.step();
        KMeansSnapshot assigned = engine.snapshot();
        assertThat(assigned.half()).isEqualTo(HalfStep.ASSIGN);
        show(assigned);
        assertThat(view.cells()).as("an assignment moves no centroid").isSameAs(cells);
    }

    /**
     * A later assignment that moves a few points redraws only them, on the overlay: the points'
     * layer keeps the clusters it was drawn with, and the switched points are stamped over it.
     */
    @Test
    void aFewSwitchedPointsAreRecolouredOnTheOverlayNotByRedrawingEveryPoint() {
        Engine<KMeansSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults().with("init", "first"), 0);
        engine.step();
        KMeansSnapshot first = engine.snapshot();
        show(first);
        engine.step();
        engine.step();
        KMeansSnapshot second = engine.snapshot();
        assertThat(second.changed()).isBetween(1, KMeansView.MOST_RECOLOURED);
        show(second);
        int switched = 0;
        for (int i = 0; i < data.size(); i++) {
            assertThat(view.plane().points().group(i)).as("point %d as first drawn", i).isEqualTo(first.label(i));
            if (second.switched(i)) {
                switched++;
            }
        }
        assertThat(switched).isEqualTo(second.changed());
    }

    @Test
    void theElbowAndTheSilhouetteAppearWhenTheRunEnds() {
        Engine<KMeansSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        while (!engine.step().isFinal()) {
            // to the end
        }
        KMeansSnapshot end = engine.snapshot();
        show(end);
        assertThat(view.afterRun().elbow().isVisible()).isTrue();
        assertThat(view.afterRun().silhouette().isVisible()).isTrue();
        assertThat(view.afterRun().silhouette().points().size()).isEqualTo(data.size());
    }
}
