package org.stepwise.viz.lessons.rl;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.stepwise.algo.rl.GridCell;
import org.stepwise.algo.rl.GridLayout;
import org.stepwise.algo.rl.GridWorldSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.ParameterRequests;
import org.stepwise.viz.view.GridWorldView;

/**
 * The grid world lesson's view: the {@link GridWorldView} with dynamic programming's values and
 * arrows, or a learner's Q-triangles, arrows and episode trace; and the editor: a click cycles a
 * cell through empty, wall, goal, pit and cliff, a right-click (or Shift-click) moves the start
 * there, and either asks for the edited layout as the {@code layout} parameter, which restarts the run.
 */
final class GridWorldLessonView implements LessonView<GridWorldSnapshot>, ParameterRequests {

    private final GridWorldView view = new GridWorldView();
    private Consumer<Map<String, Object>> requests = request -> { };
    private GridLayout layout;

    GridWorldLessonView() {
        view.setCellClickListener(this::edit);
    }

    @Override
    public Node node() { return view; }

    @Override
    public void show(GridWorldSnapshot snapshot, Dataset data) {
        layout = snapshot.layout();
        view.change(() -> {
            view.setWorld(layout.rows(), layout.columns(), layout::cell);
            if (snapshot.hasActionValues()) {
                view.setValues(null);
                view.setActionValues(snapshot::actionValue);
            } else {
                view.setActionValues(null);
                view.setValues(snapshot::value);
            }
            // A learner's untried cell (four equal Q) has no preference to point with.
            view.setPolicy(cell -> snapshot.hasActionValues() && untried(snapshot, cell) ? -1 : snapshot.action(cell));
            int[] trace = new int[snapshot.traceLength()];
            for (int i = 0; i < trace.length; i++) {
                trace[i] = snapshot.traceCell(i);
            }
            view.setTrace(trace, trace.length, trace.length > 0);
        });
    }

    private static boolean untried(GridWorldSnapshot snapshot, int cell) {
        double first = snapshot.actionValue(cell, 0);
        for (int a = 1; a < 4; a++) {
            if (snapshot.actionValue(cell, a) != first) {
                return false;
            }
        }
        return true;
    }

    private void edit(int cell, boolean moveStart) {
        if (layout == null) {
            return;
        }
        int row = cell / layout.columns();
        int column = cell % layout.columns();
        GridCell kind = layout.cell(cell);
        GridLayout edited = layout.with(row, column, moveStart ? GridCell.START : kind.next());
        if (!edited.equals(layout)) {
            String name = edited.builtInName();
            requests.accept(Map.of("layout", name != null ? name : edited.text()));
        }
    }

    @Override
    public void setParameterRequestListener(Consumer<Map<String, Object>> listener) { requests = listener; }

    @Override
    public void setDark(boolean dark) { view.setDark(dark); }

    @Override
    public void drawNow() { view.drawNow(); }

    /** The plot, for tests. */
    GridWorldView plot() { return view; }
}
