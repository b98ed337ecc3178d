package org.stepwise.algo.evaluation;

import java.util.Objects;
import java.util.Optional;

/**
 * One metric's value, and a sentence when the metric is ill-defined on its input, where
 * scikit-learn 1.2.1 warns ({@code UndefinedMetricWarning}) instead of failing. Three kinds:
 * <ul>
 *   <li>{@link #of well defined}: a number, no problem;</li>
 *   <li>{@link #substituted}: ill-defined, reported as the number scikit-learn substitutes
 *       (0.0 for a zero division under {@code zero_division="warn"}, 0.0 for MCC, 1.0 or 0.0
 *       for R² of a constant target), with the sentence saying why;</li>
 *   <li>{@link #undefined}: no number at all (scikit-learn gives NaN; we give the sentence).</li>
 * </ul>
 */
public final class Score {

    private final double value;
    private final boolean hasValue;
    private final String problem;

    private Score(double value, boolean hasValue, String problem) {
        this.value = value;
        this.hasValue = hasValue;
        this.problem = problem;
    }

    /** A well-defined value. */
    public static Score of(double value) { return new Score(value, true, null); }

    /** An ill-defined metric reported, as scikit-learn reports it, as {@code value}; {@code why} says why. */
    public static Score substituted(double value, String why) {
        return new Score(value, true, Objects.requireNonNull(why));
    }

    /** A metric with no value on this input; {@code why} says why. */
    public static Score undefined(String why) { return new Score(Double.NaN, false, Objects.requireNonNull(why)); }

    /** True when the metric is defined on its input (no substitution, no warning). */
    public boolean isWellDefined() { return problem == null; }

    /** True when there is a number to show: well defined or substituted. */
    public boolean hasValue() { return hasValue; }

    /**
     * The value (scikit-learn's substitute when ill-defined).
     *
     * @throws IllegalStateException with the sentence when the metric has no value
     */
    public double value() {
        if (!hasValue) {
            throw new IllegalStateException(problem);
        }
        return value;
    }

    /** The sentence saying why the metric is ill-defined or undefined, if it is. */
    public Optional<String> problem() { return Optional.ofNullable(problem); }

    @Override
    public String toString() {
        String number = hasValue ? Double.toString(value) : "undefined";
        return problem == null ? number : number + " (" + problem + ")";
    }
}
