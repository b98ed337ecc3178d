package org.stepwise.viz.lessons.manifold;

import java.util.List;
import org.stepwise.algo.manifold.TsneInput;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ImageGridView;

/** On image data (Digits): the chosen point's picture and its nearest neighbours' in the original space. */
final class NeighbourImages {

    private final ImageGridView grid = new ImageGridView();

    ImageGridView node() { return grid; }

    /** Whether {@code data} holds pictures whose every pixel is a column (Digits with all its columns). */
    static boolean drawsImages(Dataset data) {
        return data.isImage() && data.featureCount() == data.imageHeight() * data.imageWidth();
    }

    void show(TsneInput input, Dataset data, int row) {
        int k = Math.min(EmbeddingPicture.NEIGHBOURS, input.neighbourCount());
        int firstRow = Math.min(5, k);
        double high = 0;
        for (int f = 0; f < input.features(); f++) {
            for (int i = 0; i < input.samples(); i += Math.max(1, input.samples() / 50)) {
                high = Math.max(high, input.feature(i, f));
            }
        }
        ImageGridView.Scale grey = new ImageGridView.Scale.Grey(0, Math.max(high, 1e-12));
        List<String> names = data.isClassification() ? data.classNames() : null;
        int[] labels = data.isClassification() ? data.labels() : null;
        grid.setRows(data.imageHeight(), data.imageWidth(), List.of(
                new ImageGridView.Row("chosen", 1, (i, px) -> input.feature(row, px), grey,
                        i -> caption(row, names, labels)),
                new ImageGridView.Row("nearest", firstRow, (i, px) -> input.feature(input.neighbour(row, i), px), grey,
                        i -> caption(input.neighbour(row, i), names, labels)),
                new ImageGridView.Row("", k - firstRow, (i, px) -> input.feature(input.neighbour(row, firstRow + i), px),
                        grey, i -> caption(input.neighbour(row, firstRow + i), names, labels))));
    }

    private static String caption(int row, List<String> names, int[] labels) {
        return labels == null ? "row " + row : names.get(labels[row]);
    }

    void setDark(boolean dark) { grid.setDark(dark); }

    void drawNow() { grid.draw(); }
}
