package org.stepwise.algo;

import org.stepwise.data.Dataset;

/**
 * A fitted supervised model that predicts a row of the features it was fitted on, as
 * scikit-learn's {@code predict}: the class index for a classifier, the target's value for a
 * regressor. Snapshots of supervised lessons implement it, so that rows held out of the fit
 * (LESSONS.md, "Data options": {@code --test-size}) can score any lesson the same way
 * ({@link HeldOutScores}).
 */
public interface Predictor {

    /**
     * The prediction for the row {@code x[offset .. offset + d)} of the d features the model was
     * fitted on: a class index (as a double) for a classifier, the target's value for a
     * regressor; NaN while the model cannot predict yet (naive Bayes before its posterior).
     * Not modified: x.
     */
    double predict(double[] x, int offset);

    /**
     * What decides the predictions: snapshots that share one fitted model (the k-NN lesson's
     * steps, which classify the training points in turn with the same fitted classifier) return
     * it, so a score of the held-out rows is computed once per model rather than per step.
     */
    default Object fittedModel() {
        return this;
    }

    /**
     * The model's loss on labelled rows of the features it was fitted on, as the lesson's
     * {@code loss} is measured on the training rows without its penalty (the playground's
     * cross-entropy); NaN for a lesson that reports no loss. {@link HeldOutScores#TEST_LOSS}
     * scores the held-out rows with it.
     */
    default double lossOn(Dataset rows) {
        return Double.NaN;
    }
}
