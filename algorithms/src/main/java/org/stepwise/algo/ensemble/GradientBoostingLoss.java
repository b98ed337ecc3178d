package org.stepwise.algo.ensemble;

import java.util.Locale;

/**
 * The two losses of the gradient-boosting lesson, written as scikit-learn 1.2.1's
 * {@code sklearn/ensemble/_gb_losses.py} writes them (Friedman 2001, "Greedy function
 * approximation: a gradient boosting machine", Algorithms 2 and 6):
 *
 * <ul>
 * <li>{@code squared_error} ({@code LeastSquaresError}): F₀ = the mean of y; negative gradient
 *     r = y − F; the loss is the MSE; a leaf keeps the tree's own value, the mean residual.</li>
 * <li>{@code log_loss} for two classes ({@code BinomialDeviance}): F₀ = log(p / (1 − p)) of the
 *     prior p of class 1 (clipped to float32's eps); r = y − σ(F); the loss is the binomial
 *     deviance −2·mean(y·F − log(1 + e^F)), twice the log loss; a leaf takes one Newton step
 *     Σr / Σ(y − r)(1 − y + r) (= Σr / Σp(1 − p)).</li>
 * <li>{@code log_loss} for K > 2 classes ({@code MultinomialDeviance}): K trees a round, F₀,k =
 *     log of class k's prior; r_k = y_k − softmax(F)_k; the loss is mean(−F_y + logsumexp F) (no
 *     factor 2 here, as there); a leaf's Newton step is scaled by (K − 1)/K.</li>
 * </ul>
 *
 * <p>Raw predictions {@code raw} are row-major, K a row. Nothing here allocates.
 */
enum GradientBoostingLoss {
    SQUARED_ERROR, LOG_LOSS;

    /** numpy's {@code np.finfo(np.float32).eps}, the clip of the initial class priors. */
    private static final double FLOAT32_EPS = Math.ulp(1.0f);
    /** scikit-learn's guard of the Newton step's denominator. */
    private static final double TINY_DENOMINATOR = 1e-150;

    static GradientBoostingLoss of(String name) { return valueOf(name.toUpperCase(Locale.ROOT)); }

    String parameterName() { return name().toLowerCase(Locale.ROOT); }

    boolean classifies() { return this == LOG_LOSS; }

    /** Trees fitted per round (scikit-learn's {@code loss.K}): one, or one per class for more than two classes. */
    static int treesPerRound(int classes) { return classes > 2 ? classes : 1; }

    /**
     * The initial raw prediction into {@code init[0 .. K)}: the mean target, the log-odds of class
     * 1, or each class's log prior ({@code get_init_raw_predictions} of the {@code init_} dummy).
     * {@code y} holds targets or class indices.
     */
    void initialPrediction(double[] y, int n, int classes, double[] init) {
        if (this == SQUARED_ERROR) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += y[i];
            }
            init[0] = sum / n;
            return;
        }
        int trees = treesPerRound(classes);
        java.util.Arrays.fill(init, 0, trees, 0.0);
        double[] counts = new double[classes];
        for (int i = 0; i < n; i++) {
            counts[(int) y[i]]++;
        }
        if (trees == 1) {
            double p = clip(counts[1] / n);
            init[0] = Math.log(p / (1 - p));
        } else {
            for (int k = 0; k < classes; k++) {
                init[k] = Math.log(clip(counts[k] / n));
            }
        }
    }

    private static double clip(double p) { return Math.min(Math.max(p, FLOAT32_EPS), 1 - FLOAT32_EPS); }

    /**
     * The negative gradient of tree k at every row into {@code residual[0 .. n)}, at the raw
     * predictions {@code raw} of the round before; {@code target} is y, or for classes y == k (0 or 1).
     */
    void negativeGradient(double[] target, double[] raw, int n, int trees, int k, double[] residual) {
        for (int i = 0; i < n; i++) {
            double f = raw[i * trees + k];
            if (this == SQUARED_ERROR) {
                residual[i] = target[i] - f;
            } else if (trees == 1) {
                residual[i] = target[i] - sigmoid(f);
            } else {
                residual[i] = target[i] - Math.exp(f - logSumExp(raw, i * trees, trees));
            }
        }
    }

    /**
     * The loss scikit-learn reports in {@code train_score_} over the rows where {@code in[i] ==
     * wanted} (all rows when {@code in} is null): the MSE, the binomial deviance or the multinomial
     * deviance. NaN when no row is counted.
     */
    double loss(double[] y, double[] raw, int n, int trees, boolean[] in, boolean wanted) {
        double sum = 0.0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            if (in != null && in[i] != wanted) {
                continue;
            }
            counted++;
            if (this == SQUARED_ERROR) {
                double e = y[i] - raw[i];
                sum += e * e;
            } else if (trees == 1) {
                double f = raw[i];
                sum += y[i] * f - (Math.max(f, 0.0) + Math.log1p(Math.exp(-Math.abs(f))));
            } else {
                sum += logSumExp(raw, i * trees, trees) - raw[i * trees + (int) y[i]];
            }
        }
        double mean = sum / counted;
        return this == LOG_LOSS && trees == 1 ? -2.0 * mean : mean;
    }

    /**
     * The Newton step of a classification leaf ({@code _update_terminal_region}):
     * {@code numerator} = Σ w·r (scaled by (K − 1)/K for K > 2), {@code denominator} =
     * Σ w·(y − r)(1 − y + r); 0 when the denominator is below 1e-150 in size.
     */
    static double newtonStep(double numerator, double denominator, int trees) {
        double scaled = trees > 1 ? numerator * ((trees - 1) / (double) trees) : numerator;
        return Math.abs(denominator) < TINY_DENOMINATOR ? 0.0 : scaled / denominator;
    }

    static double sigmoid(double f) { return 1.0 / (1.0 + Math.exp(-f)); }

    /** log Σ_k exp(raw[at + k]) over {@code trees} values, shifted by the largest as scipy's logsumexp. */
    static double logSumExp(double[] raw, int at, int trees) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < trees; k++) {
            max = Math.max(max, raw[at + k]);
        }
        double sum = 0.0;
        for (int k = 0; k < trees; k++) {
            sum += Math.exp(raw[at + k] - max);
        }
        return Math.log(sum) + max;
    }
}
