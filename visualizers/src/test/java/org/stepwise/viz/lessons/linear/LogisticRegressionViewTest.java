package org.stepwise.viz.lessons.linear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.BoundaryRaster;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LogisticRegressionViewTest {

    private final LogisticRegressionLesson lesson = new LogisticRegressionLesson();
    private LogisticRegressionView view;

    @Start
    void start(Stage stage) {
        view = (LogisticRegressionView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 900, 700));
        stage.show();
    }

    @Test
    void boundaryImageShowsEveryClassRegionAfterTraining() {
        // Three blobs (the lesson's default data before it became moons): the softmax's three regions.
        Dataset blobs = org.stepwise.data.Generators.generate("blobs",
                new org.stepwise.data.GeneratorOptions(200, 0.5, 3, 0));
        LogisticRegressionSnapshot trained = trained(blobs);
        assertThat(regions(trained, blobs)).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(trained.accuracy()).isGreaterThan(0.9);
    }

    @Test
    void theDefaultMoonsGetAStraightBoundaryWithBothRegions() {
        Dataset data = lesson.defaultData();
        LogisticRegressionSnapshot trained = trained(data);
        assertThat(regions(trained, data)).containsExactlyInAnyOrder(0, 1);
        // A straight line cannot follow the moons: about 85 % (85.5 % at the optimum).
        assertThat(trained.accuracy()).isBetween(0.8, 0.9);
    }

    private LogisticRegressionSnapshot trained(Dataset data) {
        Engine<LogisticRegressionSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        for (int i = 0; i < 200; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    /** The classes whose regions the boundary image shows, after checking it is shaded, not flat. */
    private Set<Integer> regions(LogisticRegressionSnapshot trained, Dataset data) {
        // The regions are painted in the background; drawNow paints them at once, as before a snapshot.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(trained, data);
            view.drawNow();
        });
        BoundaryRaster raster = view.boundaryView().raster();
        Set<Integer> colours = new HashSet<>();
        Set<Integer> classes = new HashSet<>();
        for (int row = 0; row < raster.height(); row += 4) {
            for (int column = 0; column < raster.width(); column += 4) {
                colours.add(raster.pixels()[row * raster.width() + column]);
                classes.add(raster.topClassAt(column, row));
            }
        }
        assertThat(colours.size()).isGreaterThan(30);
        return classes;
    }
}
