package org.stepwise.viz.lessons.evaluation;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import org.stepwise.algo.evaluation.BiasVarianceSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;

/**
 * The bias–variance lesson's picture: the chosen degree's fits over the true function
 * ({@link BiasVarianceFits}) beside the errors against degree with bias², variance and noise
 * stacked ({@link BiasVarianceErrors}). A step redraws both top canvases: one picture a frame.
 */
final class BiasVarianceView implements LessonView<BiasVarianceSnapshot> {

    private final BiasVarianceFits fits = new BiasVarianceFits();
    private final BiasVarianceErrors errors = new BiasVarianceErrors();
    private final GridPane pane = new GridPane();

    BiasVarianceView() {
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(52);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(48);
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(100);
        pane.getColumnConstraints().addAll(left, right);
        pane.getRowConstraints().add(row);
        pane.add(fits.node(), 0, 0);
        pane.add(errors.node(), 1, 0);
        pane.setMinSize(240, 200);
        pane.setPrefSize(960, 560);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(BiasVarianceSnapshot snapshot, Dataset data) {
        fits.show(snapshot);
        errors.show(snapshot);
    }

    @Override
    public void setDark(boolean dark) {
        fits.setDark(dark);
        errors.setDark(dark);
    }

    @Override
    public void drawNow() {
        fits.plot().drawNow();
        errors.plot().drawNow();
    }

    BiasVarianceFits fits() { return fits; }

    BiasVarianceErrors errors() { return errors; }
}
