package org.stepwise.viz.lessons.evaluation;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.stepwise.algo.evaluation.HyperparameterSearchSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;

/**
 * The hyperparameter-search lesson's picture: the score surface filling in as a heatmap
 * ({@link ScoreSurface}) beside the scores against each hyperparameter alone
 * ({@link ScoreProjections}). A step fills one cell and adds one point to each chart.
 */
final class HyperparameterSearchView implements LessonView<HyperparameterSearchSnapshot> {

    private final ScoreSurface surface = new ScoreSurface();
    private final ScoreProjections projections = new ScoreProjections();
    private final GridPane pane = SideBySide.of(new double[] {58, 42}, surface.view(), projections.node());

    @Override
    public Node node() { return pane; }

    @Override
    public void show(HyperparameterSearchSnapshot snapshot, Dataset data) {
        surface.show(snapshot);
        projections.show(snapshot);
    }

    @Override
    public void setDark(boolean dark) {
        surface.view().setDark(dark);
        projections.setDark(dark);
    }

    @Override
    public void drawNow() {
        surface.view().draw();
        projections.drawNow();
    }

    /** The parts, for tests. */
    ScoreSurface surface() { return surface; }

    ScoreProjections projections() { return projections; }
}
