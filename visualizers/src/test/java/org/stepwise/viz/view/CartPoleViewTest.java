package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cart is where x says and the pole leans the way θ says (positive θ to the right). */
@ExtendWith(ApplicationExtension.class)
class CartPoleViewTest {

    private static final Color CART = Color.rgb(60, 110, 190);
    private static final Color POLE = Color.rgb(205, 135, 40);
    private static final Color FALLEN = Color.rgb(200, 40, 40);

    private CartPoleView view;

    @Start
    void start(Stage stage) {
        view = new CartPoleView();
        view.setPrefSize(800, 400);
        stage.setScene(new Scene(view, 800, 400));
        stage.show();
    }

    private WritableImage draw(double x, double theta, int action, boolean fallen) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setState(x, theta, action, fallen);
            view.drawNow();
            return view.snapshot(null, null);
        });
    }

    @Test
    void theCartSitsAtItsPositionAndThePoleLeansByTheta() {
        double theta = 0.3;
        WritableImage image = draw(1.0, theta, 1, false);
        ViewPictures.save(image, "cart-pole-view");
        PlotTransform t = view.transform();
        PixelReader pixels = image.getPixelReader();
        assertThat(pixels.getColor((int) t.toPixelX(1.0), (int) t.toPixelY(0.15))).isEqualTo(CART);
        assertThat(pixels.getColor((int) t.toPixelX(-1.0), (int) t.toPixelY(0.15))).isNotEqualTo(CART);
        // Halfway up the pole: right of the pivot for a positive angle, nothing on the mirror side.
        double up = 0.3 + 0.5 * Math.cos(theta);
        int px = (int) Math.round(t.toPixelX(1.0 + 0.5 * Math.sin(theta)));
        int mirror = (int) Math.round(t.toPixelX(1.0 - 0.5 * Math.sin(theta)));
        assertThat(pixels.getColor(px, (int) Math.round(t.toPixelY(up)))).isEqualTo(POLE);
        assertThat(pixels.getColor(mirror, (int) Math.round(t.toPixelY(up)))).isNotEqualTo(POLE);
    }

    @Test
    void aFallenPoleTurnsRed() {
        WritableImage image = draw(-0.5, -0.25, 0, true);
        PlotTransform t = view.transform();
        double up = 0.3 + 0.5 * Math.cos(-0.25);
        Color c = image.getPixelReader().getColor((int) Math.round(t.toPixelX(-0.5 + 0.5 * Math.sin(-0.25))),
                (int) Math.round(t.toPixelY(up)));
        assertThat(c).isEqualTo(FALLEN);
    }
}
