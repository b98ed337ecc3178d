package org.stepwise.viz.lessons.decomposition;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.stepwise.algo.decomposition.PcaFit;
import org.stepwise.algo.decomposition.PcaSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ImageGridView;

/**
 * On image data (Digits): the first rows as pictures, the same rows rebuilt from the first k
 * components (mean + Σ scoreⱼ vⱼ), and the newest components as pictures on a diverging scale,
 * with a k slider (the scree's cut moves it too).
 */
final class ReconstructionGrid {

    /** How many images a row shows. */
    static final int SHOWN = 6;

    private final ImageGridView grid = new ImageGridView();
    private final Slider slider = new Slider(0, 1, 0);
    private final Label sliderName = new Label("k");
    private final BorderPane pane = new BorderPane(grid);
    private double[] originals = new double[0];
    private double[] rebuilt = new double[0];
    private boolean updating;

    ReconstructionGrid(IntConsumer kChosen) {
        slider.setMajorTickUnit(1);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox bar = new HBox(8, sliderName, slider);
        bar.setPadding(new Insets(4, 8, 4, 8));
        pane.setBottom(bar);
        slider.valueProperty().addListener((obs, was, now) -> {
            if (!updating) {
                kChosen.accept((int) Math.round(now.doubleValue()));
            }
        });
    }

    BorderPane node() { return pane; }

    ImageGridView grid() { return grid; }

    Slider slider() { return slider; }

    void setDark(boolean dark) { grid.setDark(dark); }

    /** Whether {@code data} holds pictures whose every pixel is a column (Digits with all its columns). */
    static boolean drawsImages(Dataset data) {
        return data.isImage() && data.featureCount() == data.imageHeight() * data.imageWidth();
    }

    void show(PcaSnapshot snapshot, Dataset data, int k) {
        PcaFit fit = snapshot.fit();
        int p = data.featureCount();
        int shown = Math.min(SHOWN, data.size());
        if (originals.length != shown * p) {
            originals = new double[shown * p];
            rebuilt = new double[shown * p];
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < shown; i++) {
            for (int f = 0; f < p; f++) {
                originals[i * p + f] = data.feature(i, f);
                low = Math.min(low, originals[i * p + f]);
                high = Math.max(high, originals[i * p + f]);
            }
            // The row's k coordinates once (unwhitened), then each pixel rebuilt from them.
            double[] scores = new double[k];
            for (int j = 0; j < k; j++) {
                scores[j] = snapshot.transform(originals, i * p, j)
                        * (snapshot.whiten() ? Math.sqrt(fit.explainedVariance(j)) : 1);
            }
            for (int f = 0; f < p; f++) {
                double value = fit.mean(f);
                for (int j = 0; j < k; j++) {
                    value += scores[j] * fit.component(j, f);
                }
                rebuilt[i * p + f] = value;
            }
        }
        int found = snapshot.componentCount();
        int first = Math.max(0, found - SHOWN);
        ImageGridView.Scale grey = new ImageGridView.Scale.Grey(low, high);
        List<String> names = data.isClassification() ? data.classNames() : null;
        int[] labels = data.isClassification() ? data.labels() : null;
        grid.setRows(data.imageHeight(), data.imageWidth(), List.of(
                new ImageGridView.Row("original", shown, (i, px) -> originals[i * p + px], grey,
                        i -> labels == null ? "row " + i : names.get(labels[i])),
                new ImageGridView.Row("from " + k, shown, (i, px) -> rebuilt[i * p + px], grey, i -> ""),
                new ImageGridView.Row("components", found - first, (i, px) -> fit.component(first + i, px),
                        new ImageGridView.Scale.Diverging(), i -> "PC" + (first + i + 1))));
        updating = true;
        slider.setMax(Math.max(1, found));
        slider.setValue(k);
        slider.setDisable(found == 0);
        updating = false;
        sliderName.setText("k = " + k);
    }
}
