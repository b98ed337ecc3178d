package org.stepwise.viz.lessons.density;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.density.KdeSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.LessonView;

/**
 * The estimate along the line ({@link DensityLine}) for one feature, over the plane
 * ({@link DensityPlane}) for two; the other is hidden.
 */
final class KdeView implements LessonView<KdeSnapshot>, DraftDrawing {

    private final DensityLine line = new DensityLine();
    private final DensityPlane plane = new DensityPlane();
    private final StackPane root = new StackPane(line.plot(), plane.plot());

    KdeView() {
        plane.plot().setVisible(false);
    }

    @Override
    public Node node() { return root; }

    @Override
    public void show(KdeSnapshot snapshot, Dataset data) {
        boolean flat = snapshot.featureCount() == 1;
        line.plot().setVisible(flat);
        plane.plot().setVisible(!flat);
        if (flat) {
            line.show(snapshot, data.featureNames().get(0));
        } else {
            plane.show(snapshot, data);
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

    /** The views, for tests. */
    DensityLine line() { return line; }

    DensityPlane plane() { return plane; }
}
