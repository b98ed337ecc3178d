package org.stepwise.viz.lesson.narration;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.viz.lesson.ThemedScenes;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SteadyLabelTest {

    private SteadyLabel steady;
    private HBox row;
    private StackPane root;

    @Start
    void start(Stage stage) {
        steady = new SteadyLabel("step 10");
        steady.label().getStyleClass().add("playback-counter");
        row = new HBox(6, new Label("before"), steady, new Label("after"));
        root = new StackPane(row);
        stage.setScene(ThemedScenes.of(root, 640, 80));
        stage.show();
    }

    @Test
    void aNewTextOfTheSameSizeLaysOutOnlyTheLabel() {
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] asked = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            steady.setText("step 11");
            return new boolean[] {row.isNeedsLayout(), root.isNeedsLayout(), steady.label().isNeedsLayout()};
        });
        // A plain Label in the row asks the row and the root for a layout with every new text.
        assertThat(asked[0]).as("the row asked to lay out").isFalse();
        assertThat(asked[1]).as("the root asked to lay out").isFalse();
        assertThat(asked[2]).as("the label asked to lay out").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(steady.label().getText()).isEqualTo("step 11");
        assertThat(steady.label().getWidth()).isEqualTo(steady.getWidth());
    }

    @Test
    void aNumberOfAsManyDigitsAsksNobodyAndStillFitsWhicheverDigitsItHas() {
        WaitForAsyncUtils.waitForFxEvents();
        for (char digit = '0'; digit <= '9'; digit++) {
            String text = "step " + digit + digit;
            boolean asked = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
                steady.setText(text);
                return row.isNeedsLayout();
            });
            assertThat(asked).as("the row asked to lay out for %s", text).isFalse();
            WaitForAsyncUtils.waitForFxEvents();
            double wanted = WaitForAsyncUtils.waitForAsyncFx(2000, () -> steady.label().prefWidth(-1));
            assertThat(steady.getWidth()).as("room for %s", text).isGreaterThanOrEqualTo(wanted);
            assertThat(steady.label().getWidth()).isEqualTo(steady.getWidth());
        }
    }

    @Test
    void aLongerTextGrowsTheRegionSoNothingIsCutOff() {
        WaitForAsyncUtils.waitForFxEvents();
        double before = steady.getWidth();
        boolean asked = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            steady.setText("step 123456 / 200000");
            return row.isNeedsLayout();
        });
        assertThat(asked).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        double wanted = WaitForAsyncUtils.waitForAsyncFx(2000, () -> steady.label().prefWidth(-1));
        // Snapped up to whole pixels.
        assertThat(steady.getWidth()).isGreaterThan(before).isBetween(wanted, wanted + 1);
        assertThat(steady.label().getWidth()).isEqualTo(steady.getWidth());
    }

    @Test
    void aLargerFontGrowsTheRegion() {
        WaitForAsyncUtils.waitForFxEvents();
        double before = steady.getHeight();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> root.setStyle("-fx-font-size: 30px;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(steady.getHeight()).isGreaterThan(before);
        double wanted = WaitForAsyncUtils.waitForAsyncFx(2000, () -> steady.label().prefWidth(-1));
        assertThat(steady.getWidth()).isBetween(wanted, wanted + 1);
    }
}
