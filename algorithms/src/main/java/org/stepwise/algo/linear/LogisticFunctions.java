package org.stepwise.algo.linear;

/**
 * The logistic sigmoid, softplus and softmax in forms that neither overflow nor lose the small
 * probabilities (Bishop 2006, §4.3.2 eq. 4.59 and §4.3.4 eq. 4.104). Shared by the engine, which
 * trains with them, and the snapshot, which predicts with them, so both see identical numbers.
 */
final class LogisticFunctions {

    private LogisticFunctions() {
    }

    /** The score b + wᵀx of output {@code k} (weights row-major, d per output) for the row at {@code offset} of x. */
    static double score(double intercept, double[] weights, int k, double[] x, int offset, int d) {
        double z = intercept;
        int row = k * d;
        for (int j = 0; j < d; j++) {
            z += weights[row + j] * x[offset + j];
        }
        return z;
    }

    /**
     * σ(z) = 1 / (1 + e⁻ᶻ). For negative z it is evaluated as eᶻ / (1 + eᶻ), so e⁻ᶻ never
     * overflows and σ(−z) = 1 − σ(z) holds to rounding.
     */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /**
     * softplus(z) = log(1 + eᶻ) = max(z, 0) + log(1 + e^−|z|), finite for every finite z. The binary
     * cross-entropy is softplus(−z) for class 1 and softplus(z) for class 0.
     */
    static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /**
     * Replaces the logits {@code values[from .. from+count)} by their softmax and returns
     * log Σₖ e^{zₖ}. The largest logit is subtracted before exponentiating (the log-sum-exp
     * trick), so no term overflows and the largest one is exactly 1 before normalising.
     * Modified: {@code values}. Allocates nothing.
     *
     * @return the log-sum-exp of the original logits; the cross-entropy of class y is this minus zᵧ
     */
    static double softmaxInPlace(double[] values, int from, int count) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = from; k < from + count; k++) {
            max = Math.max(max, values[k]);
        }
        double sum = 0;
        for (int k = from; k < from + count; k++) {
            double e = Math.exp(values[k] - max);
            values[k] = e;
            sum += e;
        }
        for (int k = from; k < from + count; k++) {
            values[k] /= sum;
        }
        return max + Math.log(sum);
    }
}
