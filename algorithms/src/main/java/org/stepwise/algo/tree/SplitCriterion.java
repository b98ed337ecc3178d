package org.stepwise.algo.tree;

import java.util.List;
import java.util.Locale;

/**
 * The impurity measures of scikit-learn 1.2.1's {@code sklearn/tree/_criterion.pyx}, for one
 * output and unit sample weights, written term for term as there so that impurities agree to the
 * last bits: Gini {@code 1 − Σ (n_k)² / n²}, entropy {@code −Σ p_k log₂ p_k} (scikit-learn's
 * {@code log} is base 2; {@code log_loss} is the same measure under its newer name) and the squared
 * error {@code Σy²/n − (Σy/n)²}. With sample weights every count is a sum of weights.
 *
 * <p>{@code friedman_mse} (Friedman 2001, eq. 35; scikit-learn's {@code FriedmanMSE}, the
 * criterion of gradient boosting's trees) has the squared error as its node impurity but ranks a
 * split by the squared difference of the children's means weighted by their sizes:
 * {@code (w_R·S_L − w_L·S_R)² / (w_L·w_R)}, and reports as its decrease that over {@code w_t}.
 */
public enum SplitCriterion {
    GINI, ENTROPY, LOG_LOSS, SQUARED_ERROR, FRIEDMAN_MSE;

    /** The names of the decision-tree lesson's {@code criterion} parameter, as scikit-learn spells them. */
    static final List<String> NAMES = List.of("gini", "entropy", "log_loss", "squared_error");

    private static final double LN2 = Math.log(2.0);

    /** The criterion scikit-learn names {@code name} ({@code gini}, …, {@code friedman_mse}). */
    public static SplitCriterion of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String parameterName() { return name().toLowerCase(Locale.ROOT); }

    /** Whether it measures classes (gini, entropy, log_loss) rather than a real target. */
    public boolean classifies() { return this != SQUARED_ERROR && this != FRIEDMAN_MSE; }

    /**
     * The impurity of a node holding {@code counts[at .. at + classes)} samples of each class,
     * {@code weight} in all ({@code ClassificationCriterion.node_impurity} of Gini or Entropy).
     */
    double classImpurity(double[] counts, int at, int classes, double weight) {
        if (this == GINI) {
            double squares = 0.0;
            for (int c = 0; c < classes; c++) {
                double count = counts[at + c];
                squares += count * count;
            }
            return 1.0 - squares / (weight * weight);
        }
        double entropy = 0.0;
        for (int c = 0; c < classes; c++) {
            double count = counts[at + c];
            if (count > 0.0) {
                count /= weight;
                entropy -= count * (Math.log(count) / LN2);
            }
        }
        return entropy;
    }

    /** {@code MSE.node_impurity}: the mean of y² less the squared mean. */
    static double squaredError(double sum, double squares, double weight) {
        double mean = sum / weight;
        return squares / weight - mean * mean;
    }
}
