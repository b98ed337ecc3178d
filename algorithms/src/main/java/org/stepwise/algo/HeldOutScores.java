package org.stepwise.algo;

import org.stepwise.data.Dataset;

/**
 * Scores a fitted model on the rows held out of its fit (LESSONS.md, "Data options"):
 * {@code test_accuracy} for classification, {@code test_r2} for regression, beside the
 * {@code accuracy} / {@code r2} a snapshot reports on the rows it was fitted on, computed as
 * scikit-learn's {@code accuracy_score} and {@code r2_score} compute them.
 */
public final class HeldOutScores {

    /** The share of held-out rows whose class is predicted right. */
    public static final String TEST_ACCURACY = "test_accuracy";
    /** The coefficient of determination on the held-out rows. */
    public static final String TEST_R2 = "test_r2";
    /** The model's loss on the held-out rows ({@link Predictor#lossOn}), beside a lesson's {@code loss}. */
    public static final String TEST_LOSS = "test_loss";

    private HeldOutScores() {
    }

    /** The metric held-out rows of {@code data} are scored by: test_accuracy or test_r2. */
    public static String metricOf(Dataset data) {
        return data.isClassification() ? TEST_ACCURACY : TEST_R2;
    }

    /**
     * {@code model} scored on every row of {@code test} (the rows a data set holds out,
     * {@link Dataset#heldOut()}, taken once by the caller): the accuracy for classification data,
     * R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)² for regression (1 when both sums are 0, 0 when only the
     * second is, as {@code r2_score}); NaN when {@code test} has no rows or the model cannot
     * predict yet.
     */
    public static double score(Predictor model, Dataset test) {
        int n = test.size();
        if (n == 0) {
            return Double.NaN;
        }
        double[] rows = test.featuresRowMajor();
        int d = test.featureCount();
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            predicted[i] = model.predict(rows, i * d);
            if (Double.isNaN(predicted[i])) {
                return Double.NaN;
            }
        }
        return scorePredictions(test, predicted);
    }

    /**
     * Accuracy or R² of predictions already made for the rows of {@code data} (class indices, or
     * values), as {@link #score}: for an engine that predicts its training rows another way (an
     * SVM from its running decision values). Not modified: predicted.
     */
    public static double scorePredictions(Dataset data, double[] predicted) {
        return data.isClassification() ? accuracy(data, predicted) : r2(data, predicted);
    }

    /** {@code model}'s loss on every row of {@code test}; NaN when it has no rows or the model reports no loss. */
    public static double loss(Predictor model, Dataset test) {
        return test.size() == 0 ? Double.NaN : model.lossOn(test);
    }

    private static double accuracy(Dataset test, double[] predicted) {
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == test.label(i) ? 1 : 0;
        }
        return (double) correct / predicted.length;
    }

    private static double r2(Dataset test, double[] predicted) {
        double mean = 0;
        for (int i = 0; i < predicted.length; i++) {
            mean += test.target(i);
        }
        mean /= predicted.length;
        double residual = 0;
        double total = 0;
        for (int i = 0; i < predicted.length; i++) {
            residual += Math.pow(test.target(i) - predicted[i], 2);
            total += Math.pow(test.target(i) - mean, 2);
        }
        if (total == 0) {
            return residual == 0 ? 1 : 0;
        }
        return 1 - residual / total;
    }
}
