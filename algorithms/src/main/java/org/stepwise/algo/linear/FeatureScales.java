package org.stepwise.algo.linear;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.DataTrait;
import org.stepwise.data.Dataset;

/**
 * Why gradient descent on a linear model's features misbehaves, told from the columns' scales:
 * each column's mean square (1/n) Σᵢ xᵢⱼ² (the intercept's column of ones has 1), and λ, the
 * largest eigenvalue of (1/n) ÃᵀÃ with Ã = [1 X], which bounds the curvature of the
 * cross-entropy: its Hessian is at most c·(1/n)ÃᵀÃ per class, with c = 1/4 for the sigmoid and
 * 1/K for a K-class softmax at the start (W = 0, every class equally likely), so a step of
 * α &gt; 2/(c·λ) overshoots from the start (Boyd &amp; Vandenberghe 2004, §9.3).
 *
 * <p>The columns are "unscaled" when a column's mean square (one not 0) is 10 or more times the
 * intercept's 1, or a tenth of it or less (Iris's sepal length, mean square 34.8): the intercept
 * is a column every model has, so one learning rate that suits it is then too large for that
 * column or too small, and the cure is to standardize the columns, not to lower the rate. Two
 * columns may lie a factor up to 100 apart on either side of the intercept and still count as
 * scaled: two blobs side by side (mean squares 9.4 across and 0.36 along) are learnt by gradient
 * descent at the default rate in about a thousand steps, where Iris's sepals never converge.
 *
 * <p>The same rule picks logistic regression's default solver ({@link #solverTrait()}) and the
 * network playground's default input scaling (a neuron's weighted sum meets the same columns). Built
 * when a run stops or the data changes, so it may allocate.
 */
public final class FeatureScales {

    /** A column's mean square this many times the intercept's 1, or this many times smaller, is unscaled. */
    static final double UNSCALED_RATIO = 10;
    /** The trait's name and options, as the solver's default follows them. */
    static final String TRAIT = "featureScales";
    static final String COMPARABLE = "comparable";
    static final String UNSCALED = "unscaled";

    private final double[] x;
    private final int n;
    private final int d;
    private final double[] meanSquares;
    private final List<String> names;

    /** @param x row-major features, n rows of d columns */
    FeatureScales(double[] x, int n, int d, List<String> names) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.names = names;
        meanSquares = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                meanSquares[j] += x[i * d + j] * x[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            meanSquares[j] /= n;
        }
    }

    /** The scales of the rows an engine is fitted on. */
    public static FeatureScales of(Dataset data) {
        return new FeatureScales(data.featuresRowMajor(), data.size(), data.featureCount(), data.featureNames());
    }

    /**
     * Logistic regression's default solver, read from the data: gradient descent ("comparable"
     * scales) or Newton's method ("unscaled"), whose steps do not depend on the columns' scales.
     */
    static DataTrait solverTrait() {
        return DataTrait.of(TRAIT, List.of(COMPARABLE, UNSCALED), data -> {
            FeatureScales scales = of(data);
            return scales.unscaled() ? new DataTrait.Reading(UNSCALED, "Newton's method by default here: the features "
                    + "are on very different scales (" + scales.range() + "), which no one learning rate suits. "
                    + "Standardize them (the Data tab's check box, or --standardize) and gradient descent is the default")
                    : new DataTrait.Reading(COMPARABLE, "");
        });
    }

    /** Whether a non-zero mean square is {@link #UNSCALED_RATIO} times the intercept's 1 or more, or as many times less. */
    public boolean unscaled() {
        return largest() >= UNSCALED_RATIO || smallest() <= 1 / UNSCALED_RATIO;
    }

    /** 2/(c·λ): the largest step that does not overshoot at the start, c as in the class comment. */
    double stableStep(int classes) {
        double c = classes == 2 ? 0.25 : 1.0 / classes;
        return 2 / (c * largestEigenvalue());
    }

    /** λ, the largest eigenvalue of (1/n)ÃᵀÃ. */
    private double largestEigenvalue() {
        int p = d + 1;
        double[] gram = new double[p * p];
        double[] row = new double[p];
        row[0] = 1;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, i * d, row, 1, d);
            for (int a = 0; a < p; a++) {
                for (int b = a; b < p; b++) {
                    gram[a * p + b] += row[a] * row[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                gram[a * p + b] /= n;
                gram[b * p + a] = gram[a * p + b];
            }
        }
        return powerIteration(gram, p);
    }

    /**
     * Why the loss diverged at learning rate α: unscaled features (with the advice to standardize
     * them), or a step above the stable one (with the advice to lower it).
     */
    String divergence(double learningRate, int classes) {
        double bound = stableStep(classes);
        if (unscaled()) {
            return unscaledCause(bound);
        }
        if (learningRate > bound) {
            return "learning rate " + LogisticRegressionEngine.plain(learningRate) + " is above " + number(bound)
                    + ", the largest step that does not overshoot at the start on these features; lower it";
        }
        return "learning rate " + LogisticRegressionEngine.plain(learningRate)
                + " is too large for this data; lower it";
    }

    /**
     * Why a run reached its step limit, appended to the reason: unscaled features, or a learning
     * rate above the stable step (the loss swings); empty otherwise.
     */
    String slowness(double learningRate, int classes) {
        double bound = stableStep(classes);
        if (unscaled()) {
            return "; " + unscaledCause(bound) + ", or use solver=newton";
        }
        if (learningRate > bound) {
            return "; learning rate " + LogisticRegressionEngine.plain(learningRate) + " is above " + number(bound)
                    + ", the largest step that does not overshoot at the start on these features: lower it";
        }
        return "";
    }

    private String unscaledCause(double bound) {
        return "the features are on very different scales (" + range() + "), so a learning rate small enough for "
                + "the largest (below " + number(bound) + " here) barely moves the others: standardize them (the data "
                + "option Standardize, --standardize on the command line)";
    }

    /** "column mean squares from 0.0572 for 'a' to 3.44e+05 for 'b', the intercept's 1". */
    public String range() {
        int small = -1;
        int big = 0;
        for (int j = 0; j < meanSquares.length; j++) {
            if (meanSquares[j] > 0 && (small < 0 || meanSquares[j] < meanSquares[small])) {
                small = j;
            }
            if (meanSquares[j] > meanSquares[big]) {
                big = j;
            }
        }
        return "column mean squares from " + number(meanSquares[small < 0 ? big : small]) + " for '"
                + names.get(small < 0 ? big : small) + "' to " + number(meanSquares[big]) + " for '" + names.get(big)
                + "', the intercept's 1";
    }

    private double largest() {
        double largest = 1;
        for (double m : meanSquares) {
            largest = Math.max(largest, m);
        }
        return largest;
    }

    private double smallest() {
        double smallest = 1;
        for (double m : meanSquares) {
            if (m > 0) {
                smallest = Math.min(smallest, m);
            }
        }
        return smallest;
    }

    /** The largest eigenvalue of a symmetric positive semi-definite p × p matrix. */
    private static double powerIteration(double[] matrix, int p) {
        double[] v = new double[p];
        double[] w = new double[p];
        java.util.Arrays.fill(v, 1 / Math.sqrt(p));
        double lambda = 0;
        for (int iteration = 0; iteration < 500; iteration++) {
            double norm = 0;
            for (int a = 0; a < p; a++) {
                double sum = 0;
                for (int b = 0; b < p; b++) {
                    sum += matrix[a * p + b] * v[b];
                }
                w[a] = sum;
                norm += sum * sum;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                return 0;
            }
            for (int a = 0; a < p; a++) {
                v[a] = w[a] / norm;
            }
            if (Math.abs(norm - lambda) <= 1e-12 * norm) {
                return norm;
            }
            lambda = norm;
        }
        return lambda;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
