package org.stepwise.viz.lessons.evaluation;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.stepwise.algo.evaluation.ConfusionMatrix;
import org.stepwise.algo.evaluation.ConfusionMatrixSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.ParameterRequests;
import org.stepwise.viz.view.MatrixHeatmapView;
import org.stepwise.viz.view.MetricTableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;

/**
 * The threshold lesson's picture: the scored rows along the probability line with the threshold
 * ({@link ScoreStrip}) over the confusion matrix with its counts (the shared
 * {@link MatrixHeatmapView}), and beside them, the full height, the table of every metric with its
 * formula and numbers ({@link MetricTableView}: with three classes it has over twenty lines). A
 * step redraws the strip's overlay, the matrix and the table, one picture each a frame. The
 * learner drags the threshold on the strip (or moves it with Left and Right, the strip focused):
 * the step is re-read at the pointer's threshold, no engine involved, and the threshold let go of
 * becomes the {@code threshold} parameter ({@link ThresholdDrag}).
 */
final class ConfusionMatrixView implements LessonView<ConfusionMatrixSnapshot>, ParameterRequests {

    private final ScoreStrip strip = new ScoreStrip();
    private final MatrixHeatmapView matrix = new MatrixHeatmapView();
    private final MetricTableView table = new MetricTableView();
    private final GridPane pane = new GridPane();
    private final ThresholdDrag<ConfusionMatrixSnapshot> drag = new ThresholdDrag<>(new ThresholdDrag.Moves<>() {
        @Override public Object run(ConfusionMatrixSnapshot s) { return s.rows(); }
        @Override public double threshold(ConfusionMatrixSnapshot s) { return s.threshold(); }
        @Override public ConfusionMatrixSnapshot at(ConfusionMatrixSnapshot s, double t) { return s.atThreshold(t); }
    }, this::draw);

    ConfusionMatrixView() {
        ColumnConstraints pictures = new ColumnConstraints();
        pictures.setPercentWidth(46);
        ColumnConstraints numbers = new ColumnConstraints();
        numbers.setPercentWidth(54);
        RowConstraints upper = new RowConstraints();
        upper.setPercentHeight(55);
        RowConstraints lower = new RowConstraints();
        lower.setPercentHeight(45);
        pane.getColumnConstraints().addAll(pictures, numbers);
        pane.getRowConstraints().addAll(upper, lower);
        pane.add(strip.node(), 0, 0);
        pane.add(matrix, 0, 1);
        pane.add(table, 1, 0, 1, 2);
        pane.setMinSize(240, 200);
        pane.setPrefSize(960, 560);
        drag.attach(strip.plot(), strip.target());
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(ConfusionMatrixSnapshot snapshot, Dataset data) {
        drag.show(snapshot);
    }

    @Override
    public void setParameterRequestListener(Consumer<Map<String, Object>> listener) { drag.setRequests(listener); }

    /** A threshold let go of is where the run stops: the panel shows that run's end. */
    @Override
    public boolean requestsShowRunEnd() { return true; }

    /** The step shown, or it moved to the threshold the learner is dragging. */
    private void draw(ConfusionMatrixSnapshot snapshot) {
        strip.show(snapshot);
        showMatrix(snapshot);
        String positive = snapshot.rows().classNames().get(snapshot.positive());
        table.setTable(String.format(java.util.Locale.ROOT, "%d held-out rows · positive '%s' · t = %.3f",
                snapshot.matrix().total(), positive, snapshot.threshold()), MetricLines.of(snapshot));
    }

    private void showMatrix(ConfusionMatrixSnapshot snapshot) {
        ConfusionMatrix m = snapshot.matrix();
        long most = 1;
        for (int i = 0; i < m.classes(); i++) {
            for (int j = 0; j < m.classes(); j++) {
                most = Math.max(most, m.count(i, j));
            }
        }
        java.util.List<String> names = snapshot.rows().classNames();
        matrix.setTitle("Confusion matrix (rows true, columns predicted)", "%.0f");
        matrix.setMatrix(m.classes(), m.classes(), m::count, new MatrixHeatmapView.Scale.Sequential(0, most),
                i -> "true " + names.get(i), columnNames(names)::get);
    }

    /**
     * The columns' names cut to seven characters, so that the names of narrow columns do not run
     * together; where cutting makes two alike ("class 10", "class 11"), what follows the names'
     * shared beginning instead.
     */
    static java.util.List<String> columnNames(java.util.List<String> names) {
        java.util.List<String> cut = names.stream().map(ConfusionMatrixView::shortened).toList();
        if (new java.util.HashSet<>(cut).size() == cut.size()) {
            return cut;
        }
        String first = names.get(0);
        int shared = 0;
        while (shared < first.length() && sharedAt(names, shared, first.charAt(shared))) {
            shared++;
        }
        // Back to the start of a word: "digit class 10" and "11" share "digit class 1", not a word.
        int from = first.lastIndexOf(' ', shared - 1) + 1 > 0 ? first.lastIndexOf(' ', shared - 1) + 1 : shared;
        return names.stream().map(n -> n.length() > from ? shortened(n.substring(from).strip()) : shortened(n)).toList();
    }

    private static boolean sharedAt(java.util.List<String> names, int at, char c) {
        return names.stream().allMatch(n -> n.length() > at && n.charAt(at) == c);
    }

    private static String shortened(String name) {
        return name.length() <= 7 ? name : name.substring(0, 6) + ".";
    }

    @Override
    public void setDark(boolean dark) {
        strip.setDark(dark);
        matrix.setDark(dark);
        table.setDark(dark);
    }

    @Override
    public void drawNow() {
        strip.plot().drawNow();
        matrix.draw();
        table.draw();
    }

    /** The parts, for tests. */
    ScoreStrip strip() { return strip; }

    MatrixHeatmapView matrix() { return matrix; }

    MetricTableView table() { return table; }
}
