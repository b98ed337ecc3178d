package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import org.stepwise.algo.evaluation.CalibrationSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.MetricTableView;

/**
 * The calibration lesson's picture: the reliability diagram ({@link ReliabilityPlot}) over the
 * histogram of its bins' rows ({@link BinHistogram}), and beside them the calibration maps being fitted
 * ({@link CalibrationMapPlot}) over the table of scores before and after ({@link CalibrationLines}).
 * A step redraws each part once, in one {@code change} each.
 */
final class CalibrationView implements LessonView<CalibrationSnapshot> {

    private final ReliabilityPlot reliability = new ReliabilityPlot();
    private final CalibrationMapPlot map = new CalibrationMapPlot();
    private final BinHistogram histogram = new BinHistogram();
    private final MetricTableView table = new MetricTableView();
    private final GridPane pane = new GridPane();

    CalibrationView() {
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            pane.getColumnConstraints().add(half);
        }
        RowConstraints plots = new RowConstraints();
        plots.setPercentHeight(64);
        RowConstraints below = new RowConstraints();
        below.setPercentHeight(36);
        pane.getRowConstraints().addAll(plots, below);
        pane.add(reliability.view(), 0, 0);
        pane.add(map.view(), 1, 0);
        pane.add(histogram.view(), 0, 1);
        pane.add(table, 1, 1);
        pane.setMinSize(240, 200);
        pane.setPrefSize(960, 560);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(CalibrationSnapshot s, Dataset data) {
        reliability.show(s);
        map.show(s);
        histogram.show(s);
        table.setTable(String.format(Locale.ROOT, "%s's P('%s') on %d held-out rows", capital(s.modelName()),
                s.positiveName(), s.scores().length), CalibrationLines.of(s));
    }

    private static String capital(String name) { return Character.toUpperCase(name.charAt(0)) + name.substring(1); }

    @Override
    public void setDark(boolean dark) {
        reliability.setDark(dark);
        map.setDark(dark);
        histogram.setDark(dark);
        table.setDark(dark);
    }

    @Override
    public void drawNow() {
        reliability.view().drawNow();
        map.view().drawNow();
        histogram.view().drawNow();
        table.draw();
    }

    /** The parts, for tests. */
    ReliabilityPlot reliability() { return reliability; }

    CalibrationMapPlot map() { return map; }

    BinHistogram histogram() { return histogram; }

    MetricTableView table() { return table; }
}
