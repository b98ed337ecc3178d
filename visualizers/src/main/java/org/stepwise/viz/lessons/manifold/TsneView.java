package org.stepwise.viz.lessons.manifold;

import javafx.scene.Node;
import org.stepwise.algo.manifold.TsneSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.SecondaryViews;

/**
 * The embedding ({@link EmbeddingPicture}) and beside it the KL divergence with the exaggeration
 * shaded ({@link KlPicture}) and, on image data, the chosen point's picture with its original-space
 * neighbours' ({@link NeighbourImages}).
 */
final class TsneView implements LessonView<TsneSnapshot> {

    private final EmbeddingPicture embedding = new EmbeddingPicture();
    private final KlPicture kl = new KlPicture();
    private final NeighbourImages images = new NeighbourImages();
    private final SecondaryViews pane = new SecondaryViews(embedding.node(), kl.node(), images.node());
    private TsneSnapshot shown;
    private Dataset shownData;
    private int imagesOf = -1;

    TsneView() {
        embedding.node().setPointerListener((x, y, row) -> {
            if (row >= 0) {
                choose(row);
            }
        });
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(TsneSnapshot snapshot, Dataset data) {
        if (data != shownData) {
            shownData = data;
            imagesOf = -1;
            images.node().setVisible(NeighbourImages.drawsImages(data));
            pane.setSideShare(0.3);
        }
        boolean newRun = shown == null || shown.input() != snapshot.input();
        shown = snapshot;
        embedding.show(snapshot, data);
        kl.show(snapshot);
        if (newRun) {
            imagesOf = -1;
        }
        showImages();
    }

    private void showImages() {
        if (shown == null || !images.node().isVisible() || imagesOf == embedding.chosen()) {
            return;
        }
        imagesOf = embedding.chosen();
        images.show(shown.input(), shownData, imagesOf);
    }

    @Override
    public void setDark(boolean dark) {
        embedding.node().setDark(dark);
        kl.node().setDark(dark);
        images.setDark(dark);
    }

    @Override
    public void drawNow() {
        embedding.node().drawNow();
        kl.node().drawNow();
        images.drawNow();
    }

    /** Makes {@code row} the chosen point: ringed with its neighbours, and pictured on image data. */
    void choose(int row) {
        embedding.choose(row);
        showImages();
    }

    boolean imagesVisible() { return images.node().isVisible(); }

    int imageCount() { return images.node().imageCount(); }

    /** The row whose neighbours the pictures show (-1 for none yet). */
    int imagesOf() { return imagesOf; }

    EmbeddingPicture embedding() { return embedding; }

    KlPicture kl() { return kl; }
}
