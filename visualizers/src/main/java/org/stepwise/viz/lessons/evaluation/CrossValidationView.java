package org.stepwise.viz.lessons.evaluation;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.stepwise.algo.evaluation.CrossValidationSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;

/**
 * The cross-validation lesson's picture: the data with the current fold's validation rows ringed
 * ({@link FoldScatter}) beside the folds' scores with their mean and spread ({@link FoldScoreBars}).
 * A step redraws the scatter's top canvas and the bars: one picture each a frame.
 */
final class CrossValidationView implements LessonView<CrossValidationSnapshot> {

    private final FoldScatter scatter = new FoldScatter();
    private final FoldScoreBars bars = new FoldScoreBars();
    private final GridPane pane = SideBySide.of(scatter.node(), bars.node(), 56);

    @Override
    public Node node() { return pane; }

    @Override
    public void show(CrossValidationSnapshot snapshot, Dataset data) {
        scatter.show(snapshot, data);
        bars.show(snapshot);
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
    FoldScatter scatter() { return scatter; }

    FoldScoreBars bars() { return bars; }
}
