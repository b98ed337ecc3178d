package org.stepwise.algo.evaluation;

/**
 * The bias–variance lesson's parameters, checked: the {@code degree} shown, {@code trainSize}
 * points a set, Gaussian {@code noise} σ, {@code sets} training sets, and the highest degree of
 * the error-against-degree curves, D = min(10, trainSize − 1) (a degree-d fit has d + 1 unknowns).
 */
record BiasVarianceSetup(int degree, int trainSize, double noise, int sets) {

    /** The highest degree the linear-regression lesson fits. */
    static final int HIGHEST_DEGREE = 10;

    BiasVarianceSetup {
        if (degree >= trainSize) {
            throw new IllegalArgumentException("A polynomial of degree " + degree + " has " + (degree + 1)
                    + " coefficients, more than the " + trainSize + " points of a training set can determine;"
                    + " lower degree below trainSize or raise trainSize.");
        }
    }

    int maxDegree() { return Math.min(HIGHEST_DEGREE, trainSize - 1); }
}
