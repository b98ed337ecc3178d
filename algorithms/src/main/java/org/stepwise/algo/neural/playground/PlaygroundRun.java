package org.stepwise.algo.neural.playground;

import java.util.List;
import org.stepwise.algo.ClassProbabilities;

/**
 * What stays the same through a playground run, shared by its snapshots: the network's shape,
 * the class names, and the training settings the narration names.
 */
record PlaygroundRun(NetworkShape shape, List<String> classNames, String optimizer, boolean plainGradientDescent,
                     double learningRate, int batchSize, String penalty, int rows) {

    PlaygroundRun {
        classNames = List.copyOf(classNames);
    }

    /**
     * The class the network's outputs at {@code out[at ..]} predict: with one logistic output,
     * class 1 when its probability is above 0.5 (scikit-learn's {@code predict}); else the most
     * probable, a tie to the lowest.
     */
    static int predictedClass(double[] out, int at, int width) {
        if (width == 1) {
            return out[at] > 0.5 ? 1 : 0;
        }
        return ClassProbabilities.mostProbable(out, at, width);
    }
}
