package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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
class NetworkDiagramViewTest {

    /** 2 inputs (x₁, x₂) → 1 output, weights +2 and −0.5; the input nodes show x₁ and x₂ themselves. */
    private static final NetworkPicture TINY = new NetworkPicture() {
        @Override public int[] widths() { return new int[] {2, 1}; }
        @Override public String nodeLabel(int layer, int node) { return node == 0 ? "x₁" : "x₂"; }
        @Override public double weight(int layer, int from, int to) { return from == 0 ? 2 : -0.5; }
        @Override public double bias(int layer, int node) { return 0.25; }
        @Override public void nodeOutputs(double[] xs, double[] ys, int count, double[][] out) {
            for (int i = 0; i < count; i++) {
                out[0][2 * i] = xs[i];
                out[0][2 * i + 1] = ys[i];
                out[1][i] = 1 / (1 + Math.exp(-(2 * xs[i] - 0.5 * ys[i])));
            }
        }
        @Override public String weightStory(int layer, int from, int to) { return "w = " + weight(layer, from, to); }
    };

    private final NetworkDiagramView view = new NetworkDiagramView();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(view), 600, 400));
        stage.show();
    }

    private void show() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setExtent(-1, 1, -1, 1);
            view.setPicture(TINY);
        });
    }

    /** Controls above the columns are told where the columns are when they move, and only then. */
    @Test
    void tellsWhenTheColumnsMoveAndWhereTheyAre() {
        int[] told = {0};
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setOnColumnsMoved(() -> told[0]++));
        assertThat(view.columnCentre(0)).as("before a drawing").isNaN();
        show();
        assertThat(told[0]).isEqualTo(1);
        NetworkLayout layout = WaitForAsyncUtils.waitForAsyncFx(5000, view::nodeLayout);
        assertThat(view.columnCentre(0)).isEqualTo(layout.columnX(0));
        assertThat(view.columnCentre(1)).isEqualTo(layout.columnX(1)).isGreaterThan(view.columnCentre(0));
        assertThat(view.columnCentre(2)).as("no third column").isNaN();
        WaitForAsyncUtils.waitForAsyncFx(5000, view::draw);
        assertThat(told[0]).as("drawn again in place").isEqualTo(1);
        double before = view.columnCentre(1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.getScene().getWindow().setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.columnCentre(1)).isGreaterThan(before);
        assertThat(told[0]).as("moved by a wider window").isEqualTo(2);
    }

    @Test
    void eachThumbnailShowsItsNodesOutputWarmWhereHighAndBlueWhereLow() {
        show();
        int n = NetworkDiagramView.THUMBNAIL;
        // x₁'s node: high (warm) on the right, low (blue) on the left.
        Color left = ColorMaps.toColor(view.thumbnailArgb(0, 0, 0, n / 2));
        Color right = ColorMaps.toColor(view.thumbnailArgb(0, 0, n - 1, n / 2));
        assertThat(right.getRed()).isGreaterThan(right.getBlue());
        assertThat(left.getBlue()).isGreaterThan(left.getRed());
        // x₂'s node: high at the top (row 0).
        Color top = ColorMaps.toColor(view.thumbnailArgb(0, 1, n / 2, 0));
        assertThat(top.getRed()).isGreaterThan(top.getBlue());
        // the output, a probability of class 1: above 0.5 on the right.
        Color output = ColorMaps.toColor(view.thumbnailArgb(1, 0, n - 1, n / 2));
        assertThat(output.getRed()).isGreaterThan(output.getBlue());
    }

    @Test
    void theEdgesAreColouredBySignAndTheWiderForTheLargerWeight() throws Exception {
        show();
        NetworkLayout layout = WaitForAsyncUtils.asyncFx(view::nodeLayout).get(5, TimeUnit.SECONDS);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        double x0 = layout.columnX(0) + layout.nodeSize() / 2;
        double x1 = layout.columnX(1) - layout.nodeSize() / 2;
        double mid = x0 + 0.8 * (x1 - x0);
        Color positive = image.getPixelReader().getColor((int) mid,
                (int) (layout.nodeY(0, 0) + 0.8 * (layout.nodeY(1, 0) - layout.nodeY(0, 0))));
        Color negative = image.getPixelReader().getColor((int) mid,
                (int) (layout.nodeY(0, 1) + 0.8 * (layout.nodeY(1, 0) - layout.nodeY(0, 1))));
        assertThat(positive.getRed()).isGreaterThan(positive.getBlue());
        assertThat(negative.getBlue()).isGreaterThan(negative.getRed());
    }

    @Test
    void aClickOnAnEdgeSelectsItsWeight() throws Exception {
        show();
        NetworkLayout layout = WaitForAsyncUtils.asyncFx(view::nodeLayout).get(5, TimeUnit.SECONDS);
        double x0 = layout.columnX(0) + layout.nodeSize() / 2;
        double x1 = layout.columnX(1) - layout.nodeSize() / 2;
        double y0 = layout.nodeY(0, 1);
        double y1 = layout.nodeY(1, 0);
        int[] edge = layout.edgeAt(x0 + 0.5 * (x1 - x0), y0 + 0.5 * (y1 - y0) + 2, 6);
        assertThat(edge).containsExactly(1, 1, 0);
        assertThat(layout.edgeAt(x0 + 0.5 * (x1 - x0), y0 - 40, 6)).isNull();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.selectWeight(1, 1, 0));
        assertThat(view.selectedWeight()).containsExactly(1, 1, 0);
    }

    /** A click on a node focuses it (the lesson is told), a second click ends it; the output as a field is its probability. */
    @Test
    void clickingANodeFocusesItAndClickingAgainEndsIt() {
        show();
        java.util.List<int[]> told = new java.util.ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setOnNodeFocused(told::add));
        NetworkLayout layout = view.nodeLayout();
        double x = layout.columnX(1);
        double y = layout.nodeY(1, 0);
        javafx.event.Event.fireEvent(view, click(x, y));
        assertThat(view.focusedNode()).containsExactly(1, 0);
        javafx.event.Event.fireEvent(view, click(x, y));
        assertThat(view.focusedNode()).isNull();
        assertThat(told).hasSize(2);
        assertThat(told.get(0)).containsExactly(1, 0);
        assertThat(told.get(1)).isNull();
        NeuronField output = new NeuronField(TINY, 1, 0, -1, 1, -1, 1);
        double[] p = new double[2];
        output.predictProbabilities(new double[] {0.5}, new double[] {0.2}, 1, p);
        assertThat(p[1]).isCloseTo(1 / (1 + Math.exp(-(1 - 0.1))), org.assertj.core.api.Assertions.offset(1e-12));
    }

    private javafx.scene.input.MouseEvent click(double x, double y) {
        return new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, x, y, x, y,
                javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true,
                false, false, null);
    }
}
