package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import org.stepwise.algo.evaluation.HyperparameterSearchSnapshot;
import org.stepwise.algo.evaluation.TunedModel;
import org.stepwise.viz.view.MatrixHeatmapView;

/**
 * The search's score surface as a heatmap ({@link MatrixHeatmapView}): C across and γ up (k-NN: the
 * weights across and k up, since k has many values), each cell the mean cross-validated accuracy
 * of the configuration there (the best of those in it, for random draws binned), blank until one is
 * evaluated; the best so far outlined. The scale runs from chance-like 0.5 to 1 throughout, so
 * colours keep their meaning as the surface fills in.
 */
final class ScoreSurface {

    private final MatrixHeatmapView view = new MatrixHeatmapView();
    private String title = "";

    ScoreSurface() {
        // A k-NN surface is 30 × 2: stretched cells fill the room where square ones make a thin strip.
        view.setSquareCells(false);
    }

    MatrixHeatmapView view() { return view; }

    void show(HyperparameterSearchSnapshot s) {
        int rows = s.rows();
        int columns = s.columns();
        double[] cells = s.surface();
        TunedModel m = s.model();
        boolean kRows = s.kAlongRows();
        String across = kRows ? m.yName() : m.xName();
        String along = kRows ? m.xName() : m.yName();
        String newTitle = String.format(Locale.ROOT, "CV accuracy: %s across, %s up (%d of %d)", across, along,
                s.done(), s.candidates());
        if (!newTitle.equals(title)) {
            title = newTitle;
            view.setTitle(newTitle, "%.2f");
        }
        // Row 0 is drawn at the top: the largest value of the rows' hyperparameter goes there.
        view.setMatrix(rows, columns, (r, c) -> cells[(rows - 1 - r) * columns + c],
                new MatrixHeatmapView.Scale.Sequential(0.5, 1),
                r -> rowLabel(s, rows - 1 - r), c -> kRows ? m.format(false, c) : compact(s.columnValue(c), c, columns));
        if (s.best() >= 0) {
            view.setOutlined(rows - 1 - s.row(s.best()), s.column(s.best()));
        }
    }

    /** Row i's label: γ compactly, or k where it is a multiple of 5 (or the first) when there are many. */
    private static String rowLabel(HyperparameterSearchSnapshot s, int i) {
        if (!s.kAlongRows()) {
            return compact(s.rowValue(i), 0, 1);
        }
        int k = (int) s.rowValue(i);
        return s.rows() <= 12 || i == 0 || k % 5 == 0 ? "k " + k : "";
    }

    /**
     * A log-scaled value in at most four characters (1000, 178, 5.6, 0.18, 0.056, 5e-04); only every
     * other column's when there are more than six, so that labels do not run together.
     */
    static String compact(double v, int index, int count) {
        if (count > 6 && index % 2 == 1) {
            return "";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (v >= 1e-3) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        return String.format(Locale.ROOT, "%.0e", v);
    }
}
