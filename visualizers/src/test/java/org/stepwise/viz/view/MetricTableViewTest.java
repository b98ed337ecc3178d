package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MetricTableViewTest {

    private MetricTableView view;

    @Start
    void start(Stage stage) {
        view = new MetricTableView();
        stage.setScene(new Scene(new StackPane(view), 500, 300));
        stage.show();
    }

    @Test
    void anIllDefinedValueIsDrawnInTheWarningColour() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setTable("", List.of(
                new MetricTableView.Line("precision", "no row predicted positive", "0.000", true))));
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null));
        boolean warned = false;
        for (int x = 0; x < (int) image.getWidth() && !warned; x++) {
            for (int y = 0; y < (int) image.getHeight() && !warned; y++) {
                warned = image.getPixelReader().getColor(x, y).equals(MetricTableView.ILL_DEFINED);
            }
        }
        assertThat(warned).as("some pixel in vermillion").isTrue();
    }

    @Test
    void theTypeShrinksSoThatEveryLineFits() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setTable("metrics", lines(3)));
        double roomy = view.drawnSize();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setTable("metrics", lines(16)));
        double crowded = view.drawnSize();
        assertThat(crowded).isLessThan(roomy);
        assertThat(crowded * 1.45 * 17).isLessThanOrEqualTo(300);
    }

    private static List<MetricTableView.Line> lines(int count) {
        List<MetricTableView.Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(new MetricTableView.Line("metric " + i, "a / (a + b) = 3 / (3 + 4)", "0.429", false));
        }
        return lines;
    }
}
