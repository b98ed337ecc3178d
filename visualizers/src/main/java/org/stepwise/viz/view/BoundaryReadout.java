package org.stepwise.viz.view;

import java.util.Locale;
import javafx.scene.control.Label;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.data.Dataset;

/**
 * The boundary view's hover readout: the coordinates under the pointer and, with a model, the
 * most probable class there and its probability, in a small label beside the pointer.
 */
final class BoundaryReadout {

    /** Models with more classes than this get the coordinates only. */
    private static final int MAX_CLASSES = 16;

    private final Label label = new Label();
    private final double[] x = new double[1];
    private final double[] y = new double[1];
    private final double[] probabilities = new double[MAX_CLASSES];

    BoundaryReadout() {
        label.getStyleClass().add("plot-readout");
        label.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-padding: 4 8 4 8; "
                + "-fx-font-size: 1em; -fx-text-fill: #222; -fx-background-radius: 4;");
        label.setVisible(false);
        label.setMouseTransparent(true);
    }

    Label node() { return label; }

    void hide() {
        label.setVisible(false);
    }

    /**
     * Reads out the data point ({@code dataX}, {@code dataY}) beside the pointer at ({@code pixelX},
     * {@code pixelY}), kept inside a view {@code viewWidth} wide. {@code model} may be null.
     */
    void show(Dataset data, ClassProbabilities model, double dataX, double dataY, double pixelX, double pixelY,
              double viewWidth) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s = %.3g, %s = %.3g",
                data.featureNames().get(0), dataX, data.featureNames().get(1), dataY));
        if (model != null && model.classCount() <= MAX_CLASSES) {
            x[0] = dataX;
            y[0] = dataY;
            model.predictProbabilities(x, y, 1, probabilities);
            int best = 0;
            for (int k = 1; k < model.classCount(); k++) {
                if (probabilities[k] > probabilities[best]) {
                    best = k;
                }
            }
            String name = data.isClassification() && best < data.classCount() ? data.classNames().get(best)
                    : "class " + best;
            text.append(String.format(Locale.ROOT, "\nP(%s) = %.2f", name, probabilities[best]));
        }
        label.setText(text.toString());
        label.autosize();
        label.relocate(Math.min(pixelX + 14, viewWidth - label.getWidth() - 4),
                Math.max(4, pixelY - label.getHeight() - 8));
        label.setVisible(true);
    }
}
