package org.stepwise.algo.anomaly;

/**
 * What one method has found by a step: which points have a score, the scores (scikit-learn's
 * convention, lower is more abnormal: {@code score_samples}, {@code negative_outlier_factor_}),
 * the threshold ({@code offset_}) and the points flagged. Immutable.
 */
public sealed interface OutlierStage permits ForestStage, LofStage, RuleStage {

    /** Whether point i has a score at this step. */
    boolean scored(int i);

    /** Point i's score, lower is more abnormal (NaN when not scored yet). */
    double score(int i);

    /** The threshold: a scored point whose score is below it is an outlier. */
    double offset();

    /** Whether point i is flagged (label −1). */
    default boolean outlier(int i) {
        return scored(i) && score(i) < offset();
    }
}
