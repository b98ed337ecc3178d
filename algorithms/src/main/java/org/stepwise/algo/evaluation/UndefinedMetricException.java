package org.stepwise.algo.evaluation;

/**
 * A metric or curve that cannot be computed on its input, where scikit-learn 1.2.1 raises a
 * {@code ValueError} (ROC AUC with one class present) or returns NaN arrays with a warning (a ROC
 * curve with no negative rows): the message is one sentence naming the metric and why. It is the
 * caller's input that is at fault, so it is an {@link IllegalArgumentException}; the command line
 * exits with status 2.
 */
public final class UndefinedMetricException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UndefinedMetricException(String sentence) {
        super(sentence);
    }
}
