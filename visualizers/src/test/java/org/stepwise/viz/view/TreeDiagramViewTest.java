package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TreeDiagramViewTest {

    private static final int[] LEFT = {1, 3, -1, -1, -1};
    private static final int[] RIGHT = {2, 4, -1, -1, -1};
    private static final double[] DEPTH = {0, 1, 1, 2, 2};

    private final TreeDiagramView view = new TreeDiagramView();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(view), 700, 500));
        stage.show();
    }

    private void showTree(int highlighted) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.change(() -> {
            view.setTree(5, n -> LEFT[n], n -> RIGHT[n], n -> DEPTH[n]);
            view.setText(n -> List.of("node " + n, "gini 0.5", "10 rows", "[5, 5]"));
            view.setHighlighted(highlighted);
        }));
    }

    private Color colourAt(double[] place) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        PixelReader pixels = image.getPixelReader();
        return pixels.getColor((int) place[0], (int) place[1]);
    }

    @Test
    void theRootStandsAboveItsChildrenAndMidwayAcross() {
        showTree(-1);
        double[] root = new double[2];
        double[] left = new double[2];
        double[] right = new double[2];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.place(0, root);
            view.place(1, left);
            view.place(2, right);
        });
        assertThat(root[1]).isLessThan(left[1]);
        assertThat(left[1]).isEqualTo(right[1]);
        assertThat(root[0]).isBetween(left[0], right[0]);
    }

    @Test
    void theHighlightedNodeIsOutlinedInTheHighlight() throws Exception {
        showTree(1);
        double[] node = new double[2];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.place(1, node));
        // Its box is 132 px wide: the outline's left edge, halfway down.
        boolean found = false;
        for (int dx = 60; dx <= 72 && !found; dx++) {
            Color c = colourAt(new double[] {node[0] - dx, node[1]});
            found = Math.abs(c.getRed() - TreeDiagramView.HIGHLIGHT.getRed()) < 0.08
                    && Math.abs(c.getGreen() - TreeDiagramView.HIGHLIGHT.getGreen()) < 0.08
                    && Math.abs(c.getBlue() - TreeDiagramView.HIGHLIGHT.getBlue()) < 0.08;
        }
        assertThat(found).as("highlight outline left of node 1").isTrue();
    }

    @Test
    void theWheelZoomsAboutThePointerAndADoubleClickFitsAgain() {
        showTree(-1);
        double[] before = new double[2];
        double[] after = new double[2];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.place(0, before);
            view.zoomAbout(before[0], before[1], 2);
            view.place(0, after);
        });
        assertThat(view.zoom()).isEqualTo(2);
        assertThat(after[0]).as("the point under the pointer stays").isCloseTo(before[0], org.assertj.core.api.Assertions.within(1e-9));
        assertThat(after[1]).isCloseTo(before[1], org.assertj.core.api.Assertions.within(1e-9));
        WaitForAsyncUtils.waitForAsyncFx(5000, view::fit);
        assertThat(view.zoom()).isEqualTo(1);
    }

    @Test
    void aDendrogramsCutFollowsTheDragAndTellsItsHeight(org.testfx.api.FxRobot robot) {
        double[] merge = {3.0, 1.0, 0, 0, 0};
        java.util.List<Double> told = new java.util.ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.change(() -> {
            view.setTree(5, n -> LEFT[n], n -> RIGHT[n], n -> merge[n]);
            view.setLevelsGoUp(true);
            view.setCut(2.0);
            view.setCutListener(told::add);
        }));
        double[] at = new double[2];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            at[0] = view.getWidth() / 2;
            at[1] = view.yOfLevel(2.0);
        });
        double target = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.yOfLevel(0.5));
        robot.drag(view.localToScreen(at[0], at[1]), javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(view.localToScreen(at[0], target));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(told).isNotEmpty();
        assertThat(view.cut()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(view.zoom()).as("dragging the cut does not pan or zoom").isEqualTo(1);
        assertThat(view.levelAt(view.yOfLevel(1.7))).isCloseTo(1.7, org.assertj.core.data.Offset.offset(1e-9));
    }
}
