package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import org.stepwise.algo.evaluation.ModelCurves;
import org.stepwise.algo.evaluation.RocPrSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.ParameterRequests;
import org.stepwise.viz.view.MetricTableView;

/**
 * The ROC/PR lesson's picture: the ROC curve and the precision–recall curve side by side
 * ({@link TracedCurvePlot}), each classifier in its colour with the current threshold's point on
 * both, and under each plot a table of one classifier's numbers at that threshold with their counts
 * ({@link RocPrLines}). A step redraws the plots' top canvases and the two tables, one picture each
 * a frame; the whole curves stay on the base canvases. The learner drags the current point along
 * either curve (snapped to the first classifier's points) or moves it with Left and Right, a plot
 * focused: the step is re-read at that point's threshold, both classifiers' points and tables
 * follow, and the threshold let go of becomes the {@code threshold} parameter ({@link ThresholdDrag}).
 */
final class RocPrView implements LessonView<RocPrSnapshot>, ParameterRequests {

    private final TracedCurvePlot roc = new TracedCurvePlot(TracedCurvePlot.Kind.ROC);
    private final TracedCurvePlot precisionRecall = new TracedCurvePlot(TracedCurvePlot.Kind.PRECISION_RECALL);
    private final MetricTableView firstTable = new MetricTableView();
    private final MetricTableView secondTable = new MetricTableView();
    private final GridPane pane = new GridPane();
    private final ThresholdDrag<RocPrSnapshot> drag = new ThresholdDrag<>(new ThresholdDrag.Moves<>() {
        @Override public Object run(RocPrSnapshot s) { return s.curves(); }
        @Override public double threshold(RocPrSnapshot s) { return s.threshold(); }
        @Override public RocPrSnapshot at(RocPrSnapshot s, double t) { return s.atThreshold(t); }
    }, this::draw);

    RocPrView() {
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            pane.getColumnConstraints().add(half);
        }
        RowConstraints plots = new RowConstraints();
        plots.setPercentHeight(68);
        RowConstraints tables = new RowConstraints();
        tables.setPercentHeight(32);
        pane.getRowConstraints().addAll(plots, tables);
        pane.add(roc.node(), 0, 0);
        pane.add(precisionRecall.node(), 1, 0);
        pane.add(firstTable, 0, 1);
        pane.add(secondTable, 1, 1);
        pane.setMinSize(240, 200);
        pane.setPrefSize(960, 560);
        drag.attach(roc.plot(), roc.target());
        drag.attach(precisionRecall.plot(), precisionRecall.target());
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(RocPrSnapshot snapshot, Dataset data) {
        drag.show(snapshot);
    }

    @Override
    public void setParameterRequestListener(Consumer<Map<String, Object>> listener) { drag.setRequests(listener); }

    /** A threshold let go of is where the run stops: the panel shows that run's end. */
    @Override
    public boolean requestsShowRunEnd() { return true; }

    /** The step shown, or it moved to the threshold the learner is dragging. */
    private void draw(RocPrSnapshot snapshot) {
        roc.show(snapshot);
        precisionRecall.show(snapshot);
        firstTable.setTable(title(snapshot.curves(), "blue", snapshot), RocPrLines.of(snapshot.point(), snapshot.curves()));
        if (snapshot.comparedCurves().isPresent()) {
            secondTable.setTable(title(snapshot.comparedCurves().get(), "orange", snapshot),
                    RocPrLines.of(snapshot.comparedPoint().orElseThrow(), snapshot.comparedCurves().get()));
        } else {
            secondTable.setTable(String.format(Locale.ROOT, "The held-out rows · positive '%s'", snapshot.positiveName()),
                    RocPrLines.rowsOf(snapshot.point()));
        }
    }

    private static String title(ModelCurves curves, String colour, RocPrSnapshot s) {
        return String.format(Locale.ROOT, "%s (%s) at t = %.3f", curves.name(), colour, s.threshold());
    }

    @Override
    public void setDark(boolean dark) {
        roc.setDark(dark);
        precisionRecall.setDark(dark);
        firstTable.setDark(dark);
        secondTable.setDark(dark);
    }

    @Override
    public void drawNow() {
        roc.plot().drawNow();
        precisionRecall.plot().drawNow();
        firstTable.draw();
        secondTable.draw();
    }

    /** The parts, for tests. */
    TracedCurvePlot roc() { return roc; }

    TracedCurvePlot precisionRecall() { return precisionRecall; }

    MetricTableView firstTable() { return firstTable; }

    MetricTableView secondTable() { return secondTable; }
}
