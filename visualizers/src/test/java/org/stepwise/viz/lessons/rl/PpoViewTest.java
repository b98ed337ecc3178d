package org.stepwise.viz.lessons.rl;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.rl.ppo.ClippedSurrogate;
import org.stepwise.algo.rl.ppo.PpoSnapshot;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PpoViewTest {

    private final PpoLesson lesson = new PpoLesson();
    private PpoView view;

    @Start
    void start(Stage stage) {
        view = (PpoView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1200, 800));
        stage.show();
    }

    private PpoSnapshot stepped(int steps) {
        Engine<PpoSnapshot> engine = lesson.factory().create(null, lesson.factory().defaults(), 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    private PixelReader drawn(PpoSnapshot snapshot) {
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(snapshot, null);
            view.objective().drawNow();
            return view.objective().snapshot(null, null);
        });
        return image.getPixelReader();
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }

    /** Whether a sample's dot stands at (r, y): the top of its ring, in the ink, a radius above the point. */
    private boolean dotAt(PixelReader pixels, double r, double y) {
        PlotTransform t = view.objective().transform();
        double radius = 4.5 * view.objective().typeScale();
        int x = (int) Math.round(t.toPixelX(r));
        int top = (int) Math.round(t.toPixelY(y) - radius);
        for (int dy = -1; dy <= 1; dy++) {
            if (pixels.getColor(x, top + dy).getBrightness() < 0.35) {
                return true;
            }
        }
        return false;
    }

    /** Right after a collection every sample sits at r = 1: on the A > 0 line at +1 and the A < 0 line at −1. */
    @Test
    void aFreshBatchSitsAtRatioOneOnBothLines() {
        PixelReader pixels = drawn(stepped(1));
        PlotTransform t = view.objective().transform();
        assertThat(dotAt(pixels, 1, 1)).isTrue();
        assertThat(dotAt(pixels, 1, -1)).isTrue();
        assertThat(near(pixels.getColor((int) t.toPixelX(1), (int) t.toPixelY(1)), ClipObjectivePlot.POSITIVE)).isTrue();
        assertThat(near(pixels.getColor((int) t.toPixelX(1), (int) t.toPixelY(-1)), ClipObjectivePlot.NEGATIVE)).isTrue();
        // No sample anywhere else yet: the flat part of the A > 0 line is bare grey.
        assertThat(dotAt(pixels, 1.6, 1.2)).isFalse();
        assertThat(dotAt(pixels, 0.5, 0.5)).isFalse();
        assertThat(near(pixels.getColor((int) t.toPixelX(1.6), (int) t.toPixelY(1.2)), ClipObjectivePlot.FLAT)).isTrue();
    }

    /** After the first batch's epochs the samples have spread along the lines: one moved furthest is drawn where its ratio puts it. */
    @Test
    void theSamplesSpreadToTheirRatios() {
        PpoSnapshot snapshot = stepped(5);
        int furthest = 0;
        for (int i = 1; i < snapshot.samples(); i++) {
            if (snapshot.sampleAdvantage(i) > 0 && snapshot.sampleRatio(i) > snapshot.sampleRatio(furthest)) {
                furthest = i;
            }
        }
        double r = snapshot.sampleRatio(furthest);
        assertThat(r).isGreaterThan(1.05);
        PixelReader pixels = drawn(snapshot);
        double y = ClippedSurrogate.value(r, 1, snapshot.clipEpsilon());
        assertThat(dotAt(pixels, r, y)).isTrue();
        assertThat(dotAt(pixels, 1.8, 1.2)).isFalse();
    }
}
