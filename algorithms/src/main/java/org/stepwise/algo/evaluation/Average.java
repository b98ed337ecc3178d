package org.stepwise.algo.evaluation;

/**
 * How per-class scores are combined, as scikit-learn's {@code average} argument: {@code BINARY}
 * is the positive class's own score; {@code MICRO} pools the counts of every class first;
 * {@code MACRO} is the plain mean of per-class scores; {@code WEIGHTED} their mean weighted by
 * each class's support (its number of true rows).
 */
public enum Average {
    BINARY, MICRO, MACRO, WEIGHTED;

    /** The name scikit-learn uses ({@code "macro"}). */
    public String sklearnName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
