package org.stepwise.viz.lessons.neural;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.neural.schedules.ScheduleSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.SecondaryViews;
import org.stepwise.viz.view.XYChartView;

/**
 * The schedules lesson's panel: the losses of the schedules side by side (the main view), the
 * schedules' curves with the current point and the range test beside. While the steps run the
 * range test, it takes the main view and the losses move aside.
 */
final class ScheduleView implements LessonView<ScheduleSnapshot> {

    private final ScheduleLossPlot losses = new ScheduleLossPlot();
    private final ScheduleRatePlot rates = new ScheduleRatePlot();
    private final RangeTestPlot range = new RangeTestPlot();
    private final StackPane main = new StackPane();
    private final StackPane top = new StackPane(rates.plot());
    private final StackPane bottom = new StackPane();
    private final SecondaryViews pane = new SecondaryViews(main, top, bottom);
    private Boolean rangeMain;

    ScheduleView() {
        pane.setSideShare(0.42);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(ScheduleSnapshot snapshot, Dataset data) {
        boolean rangeMode = snapshot.rangeMode();
        if (!Boolean.valueOf(rangeMode).equals(rangeMain)) {
            rangeMain = rangeMode;
            main.getChildren().setAll(rangeMode ? range.plot() : losses.plot());
            bottom.getChildren().setAll(rangeMode ? losses.plot() : range.plot());
        }
        losses.show(snapshot);
        rates.show(snapshot);
        range.show(snapshot);
    }

    @Override
    public void setDark(boolean dark) {
        for (XYChartView plot : plots()) {
            plot.setDark(dark);
        }
    }

    @Override
    public void drawNow() {
        for (XYChartView plot : plots()) {
            plot.drawNow();
        }
    }

    private XYChartView[] plots() {
        return new XYChartView[] {losses.plot(), rates.plot(), range.plot()};
    }

    /** The plot in the main view (tests). */
    Node mainPlot() { return main.getChildren().get(0); }

    ScheduleLossPlot lossPlot() { return losses; }

    RangeTestPlot rangePlot() { return range; }
}
