package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A main view with one to three secondaries: a column beside it, a row under it when the column is too low for the type. */
@ExtendWith(ApplicationExtension.class)
class SecondaryViewsTest {

    private Stage stage;

    @Start
    void start(Stage newStage) {
        stage = newStage;
    }

    private SecondaryViews laidOut(int secondaries, double width, double height, String fontSize) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Region[] side = new Region[secondaries];
            for (int i = 0; i < secondaries; i++) {
                side[i] = new Region();
            }
            SecondaryViews views = new SecondaryViews(new Region(), side);
            views.setStyle("-fx-font-size: " + fontSize);
            stage.setScene(new Scene(views, width, height));
            views.applyCss();
            views.resize(width, height);
            views.layout();
            return views;
        });
    }

    /** Where the layout put a child (its layout position and size; the bare regions paint nothing). */
    private static Bounds box(javafx.scene.Node node) {
        Region region = (Region) node;
        return new BoundingBox(region.getLayoutX(), region.getLayoutY(), region.getWidth(), region.getHeight());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void oneToThreeSecondariesStackInAColumnBesideTheMainView(int n) {
        SecondaryViews views = laidOut(n, 1000, 700, "15px");
        assertThat(views.inRow()).isFalse();
        Bounds main = box(views.getChildren().get(0));
        assertThat(main.getWidth()).isEqualTo(600);
        assertThat(main.getHeight()).isEqualTo(700);
        double top = 0;
        for (int i = 1; i <= n; i++) {
            Bounds b = box(views.getChildren().get(i));
            assertThat(b.getMinX()).isEqualTo(600);
            assertThat(b.getWidth()).isEqualTo(400);
            assertThat(b.getMinY()).isEqualTo(top);
            top = b.getMaxY();
        }
        assertThat(top).isEqualTo(700);
    }

    @Test
    void presentationTypeMovesThreeSecondariesIntoARowUnderTheMainView() {
        SecondaryViews usual = laidOut(3, 1000, 700, "15px");
        assertThat(usual.inRow()).as("233 px each at 15 px type").isFalse();
        SecondaryViews large = laidOut(3, 1000, 700, "21px");
        assertThat(large.inRow()).as("under 280 px each at 21 px type").isTrue();
        Bounds main = box(large.getChildren().get(0));
        assertThat(main.getWidth()).isEqualTo(1000);
        assertThat(main.getHeight()).isEqualTo(420);
        for (int i = 1; i <= 3; i++) {
            Bounds b = box(large.getChildren().get(i));
            assertThat(b.getMinY()).isEqualTo(420);
            assertThat(b.getHeight()).isEqualTo(280);
            assertThat(b.getWidth()).isBetween(333.0, 334.0);
        }
    }

    @Test
    void aHiddenSecondaryTakesNoRoomAndTheCountIsChecked() {
        SecondaryViews views = laidOut(2, 1000, 700, "15px");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            views.getChildren().get(2).setVisible(false);
            views.layout();
        });
        assertThat(box(views.getChildren().get(1)).getHeight()).isEqualTo(700);
        assertThatThrownBy(() -> new SecondaryViews(new Region())).isInstanceOf(IllegalArgumentException.class);
    }
}
