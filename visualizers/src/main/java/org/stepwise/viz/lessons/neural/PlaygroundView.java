package org.stepwise.viz.lessons.neural;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.stepwise.algo.neural.playground.HiddenLayers;
import org.stepwise.algo.neural.playground.PlaygroundSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.ParameterRequests;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.NetworkDiagramView;
import org.stepwise.viz.view.NeuronField;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;

/**
 * The playground's panel: the network diagram (a heatmap in every neuron, weights as coloured
 * lines, − and + for the hidden layers and for each one's neurons ({@link NetworkSizeControls}), a
 * clicked weight's update written out)
 * beside the output's boundary over the points, or, when a neuron is clicked, that neuron's output
 * enlarged with the step's weights frozen.
 */
final class PlaygroundView implements LessonView<PlaygroundSnapshot>, EditablePoints, DraftDrawing, ParameterRequests {

    private final NetworkDiagramView diagram = new NetworkDiagramView();
    private final DecisionBoundaryView boundary = new DecisionBoundaryView();
    private final NetworkSizeControls sizes = new NetworkSizeControls(diagram,
            layout -> requests().accept(Map.of("hidden", HiddenLayers.text(layout))));
    private final BorderPane diagramPane = new BorderPane(diagram);
    private final SecondaryViews pane = new SecondaryViews(diagramPane, boundary);
    private Consumer<Map<String, Object>> requests = values -> { };
    private Dataset shownData;
    private PlaygroundSnapshot shownSnapshot;
    private double[] extent = {-1, 1, -1, 1};

    PlaygroundView() {
        boundary.setEditable(true);
        pane.setSideShare(0.42);
        diagramPane.setTop(sizes);
        diagram.setOnNodeFocused(node -> showField());
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(PlaygroundSnapshot snapshot, Dataset data) {
        if (data != shownData) {
            shownData = data;
            boundary.setData(data);
            extent = extentOf(data);
            diagram.setExtent(extent[0], extent[1], extent[2], extent[3]);
        }
        shownSnapshot = snapshot;
        diagram.setPicture(new PlaygroundPicture(snapshot));
        showField();
        int[] widths = snapshot.widths();
        sizes.show(java.util.Arrays.copyOfRange(widths, 1, widths.length - 1));
    }

    /**
     * The plane beside the diagram: the network's boundary, or the node the learner clicked,
     * enlarged with this step's weights ({@link NeuronField}).
     */
    private void showField() {
        if (shownSnapshot == null) {
            return;
        }
        int[] node = diagram.focusedNode();
        boundary.setModel(node == null ? shownSnapshot : new NeuronField(new PlaygroundPicture(shownSnapshot), node[0],
                node[1], extent[0], extent[1], extent[2], extent[3]));
    }

    private Consumer<Map<String, Object>> requests() { return requests; }

    /** The box of the points, a tenth wider on each side (what the boundary's axes start at). */
    private static double[] extentOf(Dataset data) {
        if (data == null || data.size() == 0 || data.featureCount() < 2) {
            return new double[] {-1, 1, -1, 1};
        }
        double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < data.size(); i++) {
            box[0] = Math.min(box[0], data.feature(i, 0));
            box[1] = Math.max(box[1], data.feature(i, 0));
            box[2] = Math.min(box[2], data.feature(i, 1));
            box[3] = Math.max(box[3], data.feature(i, 1));
        }
        double padX = 0.1 * Math.max(box[1] - box[0], 1e-9);
        double padY = 0.1 * Math.max(box[3] - box[2], 1e-9);
        return new double[] {box[0] - padX, box[1] + padX, box[2] - padY, box[3] + padY};
    }

    @Override
    public void setDark(boolean dark) {
        diagram.setDark(dark);
        boundary.setDark(dark);
    }

    @Override
    public void drawNow() {
        diagram.draw();
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { boundary.setPointEditListener(listener); }

    @Override
    public void setDraft(boolean draft) { boundary.setDraft(draft); }

    @Override
    public void setParameterRequestListener(Consumer<Map<String, Object>> listener) { requests = listener; }

    /** The plane beside the diagram, for tests. */
    DecisionBoundaryView boundary() { return boundary; }

    /** The − and + above the diagram, for tests. */
    NetworkSizeControls sizes() { return sizes; }

    /** The diagram, for tests. */
    NetworkDiagramView diagram() { return diagram; }
}
