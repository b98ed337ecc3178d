package org.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tooltip takes the theme's colours (dark on the dark theme) and is an opaque, square box
 * without a shadow: Primer's translucent box and drop shadow need a window with an alpha
 * channel, and where the system has none the shadow's margin showed as a white frame round the
 * dark theme's tooltips.
 */
@ExtendWith(ApplicationExtension.class)
class TooltipThemeTest {

    private Stage stage;

    @Start
    void start(Stage newStage) {
        stage = newStage;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTooltipIsAnOpaqueBoxInTheThemesColours(boolean dark) {
        Region box = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Button owner = new Button("Play");
            Tooltip tip = new Tooltip("Play (Space)");
            owner.setTooltip(tip);
            Scene scene = new Scene(new StackPane(owner), 300, 200);
            scene.setUserAgentStylesheet(Themes.themeSheet(dark ? "primer-dark.css" : "primer-light.css"));
            scene.getStylesheets().add(Themes.stylesheet());
            stage.setScene(scene);
            stage.show();
            tip.show(stage);
            tip.getScene().getRoot().applyCss();
            // The skin's label, which carries the tooltip's style class and draws its box.
            return (Region) tip.getScene().getRoot().lookupAll(".tooltip").stream()
                    .filter(node -> node instanceof javafx.scene.control.Label).findFirst().orElseThrow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        var fills = box.getBackground().getFills();
        Color fill = (Color) fills.get(fills.size() - 1).getFill();
        assertThat(fill).as("the tooltip's own colour").isEqualTo(Themes.paper(dark));
        assertThat(box.getEffect()).as("no shadow").isNull();
        assertThat(box.getOpacity()).as("opaque").isEqualTo(1.0);
        assertThat(fills.get(0).getRadii().getTopLeftHorizontalRadius()).as("square").isZero();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> box.getScene().getWindow().hide());
    }
}
