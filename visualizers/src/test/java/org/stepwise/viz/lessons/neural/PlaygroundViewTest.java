package org.stepwise.viz.lessons.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.neural.playground.PlaygroundSnapshot;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PlaygroundViewTest {

    private final PlaygroundLesson lesson = new PlaygroundLesson();
    private PlaygroundView view;
    private final List<Map<String, Object>> requests = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = (PlaygroundView) lesson.createView();
        view.setParameterRequestListener(requests::add);
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    @Test
    void plusAndMinusAskForTheNextAndPreviousHiddenLayout() {
        Dataset data = lesson.defaultData();
        Engine<PlaygroundSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        engine.step();
        PlaygroundSnapshot snapshot = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(snapshot, data));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            button("+").fire();
            button("−").fire();
        });
        assertThat(requests).containsExactly(Map.of("hidden", "4,4"), Map.of("hidden", "8"));
        assertThat(view.diagram().selectedWeight()).isNull();
    }

    private Button button(String text) {
        return (Button) view.node().lookupAll(".playground-layout-button").stream()
                .filter(node -> ((Button) node).getText().equals(text)).findFirst().orElseThrow();
    }
}
