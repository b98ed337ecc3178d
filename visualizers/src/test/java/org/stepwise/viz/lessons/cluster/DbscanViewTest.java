package org.stepwise.viz.lessons.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.cluster.DbscanSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.XYChartView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The DBSCAN view on its pixels: points take their cluster's colour as the steps reach them, the
 * step's point is ringed, and dragging the ε line on the k-distance plot asks for that ε.
 */
@ExtendWith(ApplicationExtension.class)
class DbscanViewTest {

    private final DbscanLesson lesson = new DbscanLesson();
    private final Dataset data = lesson.defaultData();
    private DbscanView view;

    @Start
    void start(Stage stage) {
        view = (DbscanView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 650));
        stage.sizeToScene();
        stage.show();
    }

    private DbscanSnapshot after(int steps) {
        Engine<DbscanSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    private double distance(int i, int j) {
        return Math.hypot(data.feature(i, 0) - data.feature(j, 0), data.feature(i, 1) - data.feature(j, 1));
    }

    private static int argb(WritableImage image, double x, double y) {
        return image.getPixelReader().getArgb((int) Math.round(x), (int) Math.round(y));
    }

    @Test
    void pointsTakeTheirClustersColourAsTheStepsReachThem() {
        DbscanSnapshot start = after(0);
        DbscanSnapshot end = after(10_000);
        // The core point of the second cluster farthest from any other point (no neighbour's mark
        // over its centre) and away from the last step's neighbourhood (no overlay over it).
        int row = -1;
        double apart = 0;
        for (int i = 0; i < data.size(); i++) {
            if (!end.isCore(i) || end.label(i) != 1 || distance(i, end.point()) < 3 * end.eps()) {
                continue;
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < data.size(); j++) {
                nearest = j == i ? nearest : Math.min(nearest, distance(i, j));
            }
            if (nearest > apart) {
                apart = nearest;
                row = i;
            }
        }
        int core = row;
        assertThat(core).as("a core point of the second cluster").isNotNegative();
        WritableImage before = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(start, data);
            view.plot().drawNow();
            return view.plot().snapshot(null, null);
        });
        WritableImage after = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(end, data);
            view.plot().drawNow();
            return view.plot().snapshot(null, null);
        });
        PlotTransform t = view.plot().transform();
        double px = t.toPixelX(data.feature(core, 0));
        double py = t.toPixelY(data.feature(core, 1));
        assertThat(argb(before, px, py)).as("unvisited: not the cluster's colour").isNotEqualTo(ColorMaps.classArgb(1));
        assertThat(argb(after, px, py)).as("a core point, filled in its cluster's colour").isEqualTo(ColorMaps.classArgb(1));
    }

    @Test
    void draggingTheEpsLineAsksForThatEps(FxRobot robot) {
        List<Map<String, Object>> asked = new ArrayList<>();
        view.setParameterRequestListener(asked::add);
        DbscanSnapshot s = after(5);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(s, data);
            view.drawNow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        XYChartView plot = view.kDistancePlot().plot();
        PlotTransform t = plot.transform();
        robot.drag(plot.localToScreen(t.toPixelX(100), t.toPixelY(0.2)), javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(plot.localToScreen(t.toPixelX(100), t.toPixelY(0.1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).hasSize(1);
        assertThat((Double) asked.get(0).get("eps")).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.01));
    }
}
