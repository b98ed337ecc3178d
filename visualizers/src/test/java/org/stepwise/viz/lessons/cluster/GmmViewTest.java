package org.stepwise.viz.lessons.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.cluster.EmStep;
import org.stepwise.algo.cluster.GmmSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.BoundaryRaster;
import org.stepwise.viz.view.ColorMaps;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mixture's picture is the state: the points take their most likely component's colour, the
 * field is the snapshot's responsibilities (repainted after an M-step, not after an E-step), and
 * a split point's blend weighs the components' colours by its γ.
 */
@ExtendWith(ApplicationExtension.class)
class GmmViewTest {

    private final GmmLesson lesson = new GmmLesson();
    private final Dataset data = lesson.defaultData();
    private GmmView view;

    @Start
    void start(Stage stage) {
        view = (GmmView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 700));
        stage.show();
    }

    /** Shows the snapshot and paints the field at once (it is painted in the background otherwise). */
    private void show(GmmSnapshot snapshot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(snapshot, data);
            view.drawNow();
        });
    }

    @Test
    void pointsAndFieldFollowTheSnapshot() {
        Engine<GmmSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults().with("init", "first"), 0);
        engine.step();
        engine.step();
        GmmSnapshot maximized = engine.snapshot();
        assertThat(maximized.half()).isEqualTo(EmStep.MAXIMIZE);
        show(maximized);
        var field = view.plane().raster();
        BoundaryRaster raster = field;
        java.util.Set<Integer> painted = new java.util.HashSet<>();
        for (int row = 0; row < raster.height(); row += 8) {
            for (int column = 0; column < raster.width(); column += 8) {
                painted.add(raster.topClassAt(column, row));
            }
        }
        assertThat(painted).containsExactlyInAnyOrder(0, 1, 2);
        engine.step();
        GmmSnapshot expected = engine.snapshot();
        show(expected);
        for (int i = 0; i < data.size(); i++) {
            assertThat(view.plane().points().group(i)).as("point %d", i).isEqualTo(expected.label(i));
        }
    }

    @Test
    void aSplitPointIsTheResponsibilityWeightedBlend() {
        Engine<GmmSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults().with("init", "first"), 0);
        engine.step();
        GmmSnapshot s = engine.snapshot();
        int split = -1;
        int clear = -1;
        for (int i = 0; i < s.pointCount(); i++) {
            double top = Math.max(s.responsibility(i, 0), Math.max(s.responsibility(i, 1), s.responsibility(i, 2)));
            if (top < 0.9 && split < 0) {
                split = i;
            } else if (top > 0.999 && clear < 0) {
                clear = i;
            }
        }
        assertThat(split).isNotNegative();
        assertThat(GmmOverlay.blend(s, clear)).isNull();
        Color blend = GmmOverlay.blend(s, split);
        double red = 0;
        for (int c = 0; c < 3; c++) {
            red += s.responsibility(split, c) * ColorMaps.classColor(c).getRed();
        }
        assertThat(blend.getRed()).isCloseTo(red, within(1e-9));
    }
}
