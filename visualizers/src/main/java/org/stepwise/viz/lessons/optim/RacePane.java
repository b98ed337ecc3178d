package org.stepwise.viz.lessons.optim;

import javafx.scene.layout.Region;
import org.stepwise.viz.view.ContourPathView;
import org.stepwise.viz.view.PlotTransform;

/**
 * The race's plot with its legend just right of it, outside the plot: the plot takes the room
 * the legend leaves, and the legend moves in beside the plot's right edge (the plot keeps equal
 * scales, so it rarely fills its width), level with its top.
 */
final class RacePane extends Region {

    private static final double GAP = 12;

    private final ContourPathView plot;
    private final RaceLegend legend;
    /** The plot's place the legend was last put beside. */
    private PlotTransform placedBeside;

    RacePane(ContourPathView plot, RaceLegend legend) {
        this.plot = plot;
        this.legend = legend;
        getChildren().addAll(plot, legend);
        getStyleClass().add("race-pane");
        setMinSize(320, 200);
        setPrefSize(880, 560);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double legendWidth = Math.min(legend.prefWidth(-1), width / 3);
        double legendHeight = Math.min(legend.prefHeight(legendWidth), height);
        double plotWidth = Math.max(0, width - legendWidth - GAP);
        plot.resizeRelocate(0, 0, plotWidth, height);
        plot.layout();
        PlotTransform transform = plot.transform();
        placedBeside = transform;
        double x = plotWidth + GAP;
        double y = 0;
        if (transform != null) {
            x = Math.min(transform.left() + transform.width() + GAP, plotWidth + GAP);
            y = transform.top();
        }
        legend.resizeRelocate(x, y, legendWidth, legendHeight);
    }

    /** After the plot drew: lays out again if it moved (its first surface, another surface's domain). */
    void follow() {
        PlotTransform transform = plot.transform();
        if (transform != null && (placedBeside == null || transform.left() != placedBeside.left()
                || transform.width() != placedBeside.width() || transform.top() != placedBeside.top())) {
            requestLayout();
        }
    }
}
