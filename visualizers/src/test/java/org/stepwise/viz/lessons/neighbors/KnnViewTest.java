package org.stepwise.viz.lessons.neighbors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.neighbors.KnnSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.BoundaryRaster;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class KnnViewTest {

    private final KnnLesson lesson = new KnnLesson();
    private final Dataset data = lesson.defaultData();
    private KnnView view;

    @Start
    void start(Stage stage) {
        view = (KnnView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 900, 700));
        stage.sizeToScene();
        stage.show();
    }

    /** The lesson's engine with task=classify: its snapshots are KnnSnapshots. */
    @SuppressWarnings("unchecked")
    private Engine<KnnSnapshot> classifier(Params params) {
        return (Engine<KnnSnapshot>) (Engine<?>) lesson.factory().create(data, params, 0);
    }

    private static KnnSnapshot stepped(Engine<KnnSnapshot> engine, int steps) {
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    @Test
    void theRegionsArePaintedOncePerRunNotAtEveryStep() {
        Engine<KnnSnapshot> engine = classifier(lesson.factory().defaults());
        KnnSnapshot first = engine.snapshot();
        // The regions are painted in the background; drawNow paints them at once, as before a snapshot.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(first, data);
            view.drawNow();
        });
        BoundaryRaster raster = view.boundaryView().raster();
        Set<Integer> classes = new HashSet<>();
        for (int row = 0; row < raster.height(); row += 8) {
            for (int column = 0; column < raster.width(); column += 8) {
                classes.add(raster.topClassAt(column, row));
            }
        }
        assertThat(classes).as("both moons' regions from step 0").containsExactlyInAnyOrder(0, 1);
        // A mark no paint leaves: it survives the steps of the run and goes with the next run's model.
        raster.pixels()[0] = 0x12345678;
        for (int i = 0; i < 30; i++) {
            KnnSnapshot next = stepped(engine, 1);
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(next, data));
        }
        assertThat(raster.pixels()[0]).as("not repainted by a step").isEqualTo(0x12345678);
        KnnSnapshot otherRun = classifier(lesson.factory().defaults().with("nNeighbors", 9))
                .snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(otherRun, data);
            view.drawNow();
        });
        assertThat(raster.pixels()[0]).as("repainted for a new model").isNotEqualTo(0x12345678);
    }

    @Test
    void theStepsQueryIsRingedAndJoinedToItsNeighbours() {
        Engine<KnnSnapshot> engine = classifier(lesson.factory().defaults());
        KnnSnapshot before = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(before, data));
        assertThat(view.drawnNeighbourhood()).as("nothing to show before the first step").isNull();
        KnnSnapshot snapshot = stepped(engine, 23);
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(snapshot, data);
            return view.node().snapshot(null, null);
        });
        Neighbourhood hood = view.drawnNeighbourhood();
        assertThat(hood.row).isEqualTo(22);
        assertThat(hood.neighbours).containsExactly(neighbours(snapshot));
        // The query's ring, 20 px out at the theme's ink.
        PlotTransform t = view.boundaryView().transform();
        int ring = image.getPixelReader().getArgb((int) Math.round(t.toPixelX(data.feature(22, 0)) + 20),
                (int) Math.round(t.toPixelY(data.feature(22, 1))));
        assertThat(Math.max((ring >> 16) & 0xFF, Math.max((ring >> 8) & 0xFF, ring & 0xFF))).isLessThan(90);
    }

    @Test
    void pointingAtAPointShowsItsNeighboursAndLettingGoShowsTheStepsAgain() {
        Engine<KnnSnapshot> engine = classifier(lesson.factory().defaults());
        KnnSnapshot at5 = stepped(engine, 5);
        KnnSnapshot later = classifier(lesson.factory().defaults()).snapshot();
        Engine<KnnSnapshot> reference = classifier(lesson.factory().defaults());
        KnnSnapshot point40 = stepped(reference, 41);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(at5, data);
            view.pointAt(Double.NaN, Double.NaN, -1);
        });
        assertThat(view.drawnNeighbourhood().row).isEqualTo(4);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.pointAt(data.feature(40, 0), data.feature(40, 1), 40));
        assertThat(view.drawnNeighbourhood().row).isEqualTo(40);
        assertThat(view.drawnNeighbourhood().neighbours).as("as the step that classifies point 40 finds them")
                .containsExactly(neighbours(point40));
        assertThat(view.drawnNeighbourhood().predicted).isEqualTo(point40.predicted());
        // Anywhere on the plot: the place itself is the query.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.pointAt(0.5, 0.25, -1));
        assertThat(view.drawnNeighbourhood().row).isEqualTo(-1);
        assertThat(view.drawnNeighbourhood().x).isEqualTo(0.5);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.pointAt(Double.NaN, Double.NaN, -1));
        assertThat(view.drawnNeighbourhood().row).isEqualTo(4);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(later, data));
        assertThat(view.drawnNeighbourhood()).isNull();
    }

    /**
     * The dark theme at presentation mode's 21 px type: the ring, lines and legend in the light
     * ink, larger. Saved for a person to look at with -Dstepwise.viewPictures=DIR.
     */
    @Test
    void inTheDarkThemeAtPresentationSizeTheOverlayIsDrawnLightAndLarger() throws Exception {
        Engine<KnnSnapshot> engine = classifier(lesson.factory().defaults()
                .with("metric", "chebyshev").with("nNeighbors", 7));
        KnnSnapshot snapshot = stepped(engine, 45);
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.node().getParent().setStyle("-fx-font-size: 21px;");
            view.setDark(true);
            view.show(snapshot, data);
            view.node().applyCss();
            view.boundaryView().redraw();
            return view.node().snapshot(null, null);
        });
        String directory = System.getProperty("stepwise.viewPictures");
        if (directory != null && !directory.isBlank()) {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of(directory));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve("knn-dark-presentation.png").toFile());
        }
        PlotTransform t = view.boundaryView().transform();
        // The query's ring: 20 px times the type scale 1.4, in the light ink.
        int ring = image.getPixelReader().getArgb((int) Math.round(t.toPixelX(data.feature(44, 0)) + 28),
                (int) Math.round(t.toPixelY(data.feature(44, 1))));
        assertThat(Math.min((ring >> 16) & 0xFF, Math.min((ring >> 8) & 0xFF, ring & 0xFF))).isGreaterThan(170);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.node().getParent().setStyle("");
            view.setDark(false);
        });
    }

    private static int[] neighbours(KnnSnapshot snapshot) {
        int[] rows = new int[snapshot.neighbourCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = snapshot.neighbour(i);
        }
        return rows;
    }
}
