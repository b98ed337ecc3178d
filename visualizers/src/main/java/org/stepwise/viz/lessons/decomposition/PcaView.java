package org.stepwise.viz.lessons.decomposition;

import javafx.scene.Node;
import org.stepwise.algo.decomposition.PcaSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.SecondaryViews;

/**
 * The projection with its biplot ({@link ProjectionPicture}) and beside it the scree
 * ({@link ScreePicture}) and, on image data, originals beside their reconstructions
 * ({@link ReconstructionGrid}). How many components rebuild the images follows the step until the
 * learner drags the scree's cut or moves the k slider; then it stays where they put it (at most
 * the components found), until a new run.
 */
final class PcaView implements LessonView<PcaSnapshot> {

    private final ProjectionPicture projection = new ProjectionPicture();
    private final ScreePicture scree = new ScreePicture(this::choose);
    private final ReconstructionGrid images = new ReconstructionGrid(this::choose);
    private final SecondaryViews pane = new SecondaryViews(projection.node(), scree.node(), images.node());
    private PcaSnapshot shown;
    private Dataset shownData;
    /** The k the learner chose, or -1 to follow the step. */
    private int chosen = -1;

    @Override
    public Node node() { return pane; }

    @Override
    public void show(PcaSnapshot snapshot, Dataset data) {
        if (data != shownData || shown == null || snapshot.fit() != shown.fit()) {
            chosen = -1;
            shownData = data;
            boolean pictures = ReconstructionGrid.drawsImages(data);
            images.node().setVisible(pictures);
            // Pictures need room to read from the back of a room: half the width for the scree and the images.
            // The digits need half the width to be read; otherwise the projection, drawn at equal
            // scale (angles between loadings are real), takes the larger share.
            pane.setSideShare(pictures ? 0.5 : 0.32);
        }
        shown = snapshot;
        projection.show(snapshot, data);
        drawSide();
    }

    /** How many components rebuild the images: the learner's choice, at most the components found. */
    int kShown() {
        int found = shown.componentCount();
        return chosen < 0 ? found : Math.min(chosen, found);
    }

    private void choose(int k) {
        chosen = k;
        if (shown != null) {
            drawSide();
        }
    }

    private void drawSide() {
        int k = kShown();
        scree.show(shown, k);
        if (images.node().isVisible()) {
            images.show(shown, shownData, k);
        }
    }

    @Override
    public void setDark(boolean dark) {
        projection.node().setDark(dark);
        scree.node().setDark(dark);
        images.setDark(dark);
    }

    @Override
    public void drawNow() {
        projection.node().drawNow();
        scree.node().drawNow();
        images.grid().draw();
    }

    ProjectionPicture projection() { return projection; }

    ScreePicture scree() { return scree; }

    ReconstructionGrid images() { return images; }
}
