package org.stepwise.algo.neural.regularization;

import org.stepwise.data.Dataset;

/**
 * Rows of two features as a network reads them: x row-major (2 a row), the targets y (one 0/1
 * column for two classes, one-hot rows for more) and the labels.
 */
record Rows(double[] x, double[] y, int[] labels, int count) {

    static Rows of(Dataset data, int outputs) {
        int count = data.size();
        double[] x = new double[count * NetLayout.INPUTS];
        double[] y = new double[count * outputs];
        int[] labels = data.labels();
        for (int i = 0; i < count; i++) {
            x[2 * i] = data.feature(i, 0);
            x[2 * i + 1] = data.feature(i, 1);
            if (outputs == 1) {
                y[i] = labels[i];
            } else {
                y[i * outputs + labels[i]] = 1;
            }
        }
        return new Rows(x, y, labels, count);
    }

    /** The class the outputs at {@code out[at ..]} predict: above 0.5 for one logistic output, else the most probable. */
    static int predictedClass(double[] out, int at, int width) {
        if (width == 1) {
            return out[at] > 0.5 ? 1 : 0;
        }
        return org.stepwise.algo.ClassProbabilities.mostProbable(out, at, width);
    }
}
