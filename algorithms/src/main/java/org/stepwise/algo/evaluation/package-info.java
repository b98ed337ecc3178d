/**
 * The metrics library: confusion matrix, classification, probability, threshold-curve,
 * calibration and regression metrics, and the cross-validation splitters, each computed as
 * scikit-learn 1.2.1's {@code sklearn.metrics} / {@code sklearn.model_selection} computes it.
 * Inputs are primitive arrays with classes numbered 0 .. K − 1; a metric that is undefined on
 * its input says so in a sentence ({@link org.stepwise.algo.evaluation.Score},
 * {@link org.stepwise.algo.evaluation.UndefinedMetricException}), never by NaN. No JavaFX.
 */
package org.stepwise.algo.evaluation;
