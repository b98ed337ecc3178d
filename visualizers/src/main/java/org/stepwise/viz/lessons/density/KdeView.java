package org.stepwise.viz.lessons.density;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.density.KdeSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.ParameterRequests;

/**
 * The estimate along the line ({@link DensityLine}) for one feature, over the plane
 * ({@link DensityPlane}) for two; the other is hidden. On either, the learner drags the
 * bandwidth scale's knob to set the bandwidth ({@link BandwidthDrag}).
 */
final class KdeView implements LessonView<KdeSnapshot>, DraftDrawing, ParameterRequests {

    private final DensityLine line = new DensityLine();
    private final DensityPlane plane = new DensityPlane();
    private final StackPane root = new StackPane(line.plot(), plane.plot());
    private final BandwidthDrag drag = new BandwidthDrag();

    KdeView() {
        plane.plot().setVisible(false);
        drag.attach(line.plot());
        drag.attach(plane.plot());
    }

    @Override
    public Node node() { return root; }

    @Override
    public void show(KdeSnapshot snapshot, Dataset data) {
        boolean flat = snapshot.featureCount() == 1;
        line.plot().setVisible(flat);
        plane.plot().setVisible(!flat);
        drag.show(snapshot);
        if (flat) {
            line.show(snapshot, data.featureNames().get(0), drag);
        } else {
            plane.show(snapshot, data, drag);
        }
    }

    @Override
    public void setDark(boolean dark) {
        line.setDark(dark);
        plane.setDark(dark);
    }

    /** While playing fast, the plane's density is painted at a quarter of the pixels. */
    @Override
    public void setDraft(boolean draft) { plane.setDraft(draft); }

    /** The bandwidth the learner drags the scale's knob to becomes the {@code bandwidth} parameter. */
    @Override
    public void setParameterRequestListener(Consumer<Map<String, Object>> listener) { drag.setRequests(listener); }

    /** The run with the dragged bandwidth is shown at its end, the estimate at that h. */
    @Override
    public boolean requestsShowRunEnd() { return true; }

    /** The views, for tests. */
    DensityLine line() { return line; }

    DensityPlane plane() { return plane; }
}
