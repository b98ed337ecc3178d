package org.stepwise.viz.lessons.rl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.rl.GridWorldSnapshot;
import org.stepwise.viz.view.GridWorldView;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GridWorldViewTest {

    private final GridWorldLesson lesson = new GridWorldLesson();
    private GridWorldLessonView view;
    private final List<Map<String, Object>> requests = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = (GridWorldLessonView) lesson.createView();
        view.setParameterRequestListener(requests::add);
        stage.setScene(new Scene(new StackPane(view.node()), 900, 700));
        stage.show();
    }

    private GridWorldSnapshot stepped(Params params, int steps) {
        Engine<GridWorldSnapshot> engine = lesson.factory().create(null, params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    private WritableImage shown(GridWorldSnapshot snapshot) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(snapshot, null);
            view.drawNow();
            return view.plot().snapshot(null, null);
        });
    }

    /** The pixel a little inside a cell's corner: away from its arrow, numbers and grid lines. */
    private Color corner(WritableImage image, int row, int column) {
        GridWorldView plot = view.plot();
        PlotTransform t = plot.transform();
        double x = t.toPixelX(column + 0.12);
        double y = t.toPixelY(3 - row - 0.5);
        return image.getPixelReader().getColor((int) x, (int) y);
    }

    @Test
    void valuesAreBlueAboveZeroAndWallsDark() {
        GridWorldSnapshot converged = stepped(lesson.factory().defaults(), 100);
        WritableImage image = shown(converged);
        Color nearGoal = corner(image, 0, 2);
        assertThat(nearGoal.getBlue()).isGreaterThan(nearGoal.getRed() + 0.2);
        Color wall = corner(image, 1, 1);
        assertThat(wall.getBrightness()).isLessThan(0.5);
        // Every cell of the grid maps back from its centre.
        PlotTransform t = view.plot().transform();
        assertThat(view.plot().cellAt(t.toPixelX(3.5), t.toPixelY(0.5))).isEqualTo(11);
        assertThat(view.plot().cellAt(t.toPixelX(0.5), t.toPixelY(2.5))).isEqualTo(0);
    }

    @Test
    void aLearnersTriedMovesAreColoured() {
        Params params = lesson.factory().defaults().withText("algorithm", "q-learning");
        WritableImage untried = shown(stepped(params, 0));
        WritableImage learned = shown(stepped(params, 3000));
        // The start cell's up triangle: the paper before any move, coloured once Q(S, up) is learned.
        GridWorldView plot = view.plot();
        PlotTransform t = plot.transform();
        int x = (int) t.toPixelX(0.5);
        int y = (int) t.toPixelY(0.9);
        assertThat(learned.getPixelReader().getArgb(x, y)).isNotEqualTo(untried.getPixelReader().getArgb(x, y));
    }

    @Test
    void clickingACellAsksForTheEditedLayout() {
        shown(stepped(lesson.factory().defaults(), 0));
        PlotTransform t = view.plot().transform();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            click(t.toPixelX(1.5), t.toPixelY(0.5), MouseButton.PRIMARY);
            click(t.toPixelX(3.5), t.toPixelY(0.5), MouseButton.SECONDARY);
            return null;
        });
        assertThat(requests).containsExactly(Map.of("layout", "...G/.#.X/S#.."), Map.of("layout", "...G/.#.X/...S"));
    }

    private void click(double x, double y, MouseButton button) {
        view.plot().fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, x, y, x, y, button, 1, false, false, false,
                false, button == MouseButton.PRIMARY, false, button == MouseButton.SECONDARY, false, false, true, null));
    }
}
