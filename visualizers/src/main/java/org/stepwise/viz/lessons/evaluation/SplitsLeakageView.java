package org.stepwise.viz.lessons.evaluation;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.stepwise.algo.evaluation.SplitsLeakageSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;

/**
 * The splits-leakage lesson's picture: the split drawn on the data ({@link SplitScatter}) beside
 * the two pipelines' scores with the optimistic gap labelled ({@link PipelineScoreBars}).
 */
final class SplitsLeakageView implements LessonView<SplitsLeakageSnapshot> {

    private final SplitScatter scatter = new SplitScatter();
    private final PipelineScoreBars bars = new PipelineScoreBars();
    private final GridPane pane = SideBySide.of(new double[] {48, 52}, scatter.node(), bars.node());

    @Override
    public Node node() { return pane; }

    @Override
    public void show(SplitsLeakageSnapshot snapshot, Dataset data) {
        scatter.show(snapshot, data);
        bars.show(snapshot, data);
    }

    @Override
    public void setDark(boolean dark) {
        scatter.setDark(dark);
        bars.setDark(dark);
    }

    @Override
    public void drawNow() {
        scatter.plot().drawNow();
        bars.plot().drawNow();
    }

    /** The parts, for tests. */
    SplitScatter scatter() { return scatter; }

    PipelineScoreBars bars() { return bars; }
}
