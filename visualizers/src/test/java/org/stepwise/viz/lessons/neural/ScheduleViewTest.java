package org.stepwise.viz.lessons.neural;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.neural.schedules.ScheduleSnapshot;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScheduleViewTest {

    private final SchedulesLesson lesson = new SchedulesLesson();
    private ScheduleView view;

    @Start
    void start(Stage stage) {
        view = (ScheduleView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    @Test
    void theLossesHoldTheMainViewUntilTheStepsRunTheRangeTest() {
        Dataset data = lesson.defaultData();
        Engine<ScheduleSnapshot> schedules = lesson.factory().create(data,
                lesson.factory().defaults().with("totalSteps", 40), 0);
        for (int i = 0; i < 25; i++) {
            schedules.step();
        }
        ScheduleSnapshot trained = schedules.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(trained, data));
        assertThat(view.mainPlot()).isSameAs(view.lossPlot().plot());
        assertThat(view.lossPlot().plot().domain().xMax()).isGreaterThan(40);

        Engine<ScheduleSnapshot> range = lesson.factory().create(data,
                lesson.factory().defaults().with("rangeTest", true), 0);
        range.step();
        ScheduleSnapshot testing = range.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(testing, data));
        assertThat(view.mainPlot()).isSameAs(view.rangePlot().plot());
        assertThat(view.rangePlot().plot().domain().xMin()).isLessThan(-5).isGreaterThan(-5.2);

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(trained, data));
        assertThat(view.mainPlot()).as("back to the losses").isSameAs(view.lossPlot().plot());
    }
}
