package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Domain;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Estimates with intervals, references and share bars land where their data says; the grid lays plots out. */
@ExtendWith(ApplicationExtension.class)
class IntervalViewTest {

    private static final Color RED = Color.rgb(200, 30, 30);

    private IntervalView view;
    private Stage stage;

    @Start
    void start(Stage newStage) {
        stage = newStage;
        view = new IntervalView();
        view.setPrefSize(600, 400);
        stage.setScene(new Scene(view, 600, 400));
        stage.show();
    }

    @Test
    void intervalsDotsReferencesAndSharesAreDrawnAtTheirValues() {
        double[] values = {1, -1, 0.5};
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.change(() -> {
                view.setDomain(new Domain(0.4, 3.6, -3, 3));
                view.setEstimates(3, k -> values[k], k -> values[k] - 1.5, k -> values[k] + 1.5, RED);
                view.setReferences(k -> k == 1 ? 2 : Double.NaN);
                view.setShares(k -> k == 2 ? 1 : 0, k -> k == 2 ? 40 : 0);
                view.setMarked(0);
            });
            view.drawNow();
            return view.snapshot(null, null);
        });
        ViewPictures.save(image, "interval-view");
        PlotTransform t = view.transform();
        PixelReader pixels = image.getPixelReader();
        // The dot at slot 1's value, and its interval's bar above the dot.
        assertThat(pixels.getColor((int) t.toPixelX(1), (int) t.toPixelY(1))).isEqualTo(RED);
        assertThat(pixels.getColor((int) t.toPixelX(1), (int) t.toPixelY(2.2))).isEqualTo(RED);
        // Nothing of the interval beyond its end.
        assertThat(pixels.getColor((int) t.toPixelX(1), (int) t.toPixelY(2.8))).isNotEqualTo(RED);
        // Slot 2's reference: ink across the slot, off its centre, at 2.
        Color reference = pixels.getColor((int) t.toPixelX(2.2), (int) Math.round(t.toPixelY(2)));
        assertThat(reference.getBrightness()).isLessThan(0.4);
        // Slot 3's share of 1: a faint bar of the colour three quarters up the plot, none beside it.
        Color share = pixels.getColor((int) t.toPixelX(3.2), (int) t.toPixelY(-2));
        assertThat(share.getRed()).isGreaterThan(share.getBlue() + 0.05);
        Color none = pixels.getColor((int) t.toPixelX(3.2), (int) t.toPixelY(2.5));
        assertThat(Math.abs(none.getRed() - none.getBlue())).isLessThan(0.05);
    }

    @Test
    void withoutFixedAxesTheDomainHoldsEveryFiniteEnd() {
        Domain domain = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setDomain(null);
            view.setEstimates(2, k -> k, k -> k - 3, k -> k == 0 ? Double.POSITIVE_INFINITY : k + 4, RED);
            return view.domain();
        });
        assertThat(domain.yMin()).isLessThan(-3);
        assertThat(domain.yMax()).isGreaterThan(5).isFinite();
        assertThat(domain.xMin()).isEqualTo(0.4);
        assertThat(domain.xMax()).isEqualTo(2.6);
    }

    @Test
    void fourPlotsTakeTwoRowsOfTwoAndAHiddenOneNoRoom() {
        Region[] plots = {new Region(), new Region(), new Region(), new Region()};
        PlotGrid grid = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            PlotGrid made = new PlotGrid(plots);
            stage.setScene(new Scene(made, 1000, 600));
            made.resize(1000, 600);
            made.layout();
            return made;
        });
        assertThat(plots[3].getLayoutX()).isEqualTo(500);
        assertThat(plots[3].getLayoutY()).isEqualTo(300);
        assertThat(plots[0].getWidth()).isEqualTo(500);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            plots[3].setVisible(false);
            grid.layout();
            return null;
        });
        assertThat(plots[2].getHeight()).isEqualTo(600);
        assertThat(PlotGrid.columns(3, 1000, 600)).isEqualTo(3);
        assertThat(PlotGrid.columns(2, 400, 900)).isEqualTo(1);
    }
}
