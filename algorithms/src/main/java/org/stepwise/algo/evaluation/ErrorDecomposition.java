package org.stepwise.algo.evaluation;

/**
 * The bias–variance decomposition of a polynomial's expected test error, estimated from S fits
 * f̂₁ … f̂_S on independently drawn training sets and measured on a fixed grid x₁ … x_G against
 * the known function f (Hastie, Tibshirani and Friedman, <i>The Elements of Statistical
 * Learning</i>, 2nd ed., eq. 7.9). With f̄(x) = (1/S) Σₛ f̂ₛ(x) the mean fit:
 * <pre>
 *   bias²    = (1/G) Σⱼ (f̄(xⱼ) − f(xⱼ))²
 *   variance = (1/G) Σⱼ (1/S) Σₛ (f̂ₛ(xⱼ) − f̄(xⱼ))²
 *   noise    = σ²
 *   mse      = (1/G) Σⱼ (1/S) Σₛ E_ε[(f(xⱼ) + ε − f̂ₛ(xⱼ))²] = (1/G) Σⱼ (1/S) Σₛ (f(xⱼ) − f̂ₛ(xⱼ))² + σ²
 * </pre>
 * The test error is the expectation over a noisy test target y = f(x) + ε, ε ~ N(0, σ²)
 * independent of the fit, so that mse = bias² + variance + noise holds exactly (the cross term
 * Σₛ (f̂ₛ − f̄)(f̄ − f) is zero because f̄ is the mean of the f̂ₛ), not only on average.
 *
 * @param biasSquared the squared gap of the mean fit from f
 * @param variance    the fits' spread about their mean (ddof 0: the population variance over the sets)
 * @param noise       σ², the error no fit can remove
 * @param mse         the mean expected squared error on a noisy test point
 */
record ErrorDecomposition(double biasSquared, double variance, double noise, double mse) {

    /**
     * The decomposition of the first {@code sets} fits, fit s's prediction at grid point j at
     * {@code predictions[s·G + j]}, with {@code truth[j]} = f(xⱼ). Not modified: the arrays.
     */
    static ErrorDecomposition of(double[] predictions, int sets, double[] truth, double noiseVariance) {
        int grid = truth.length;
        double bias = 0;
        double spread = 0;
        double error = 0;
        for (int j = 0; j < grid; j++) {
            double mean = 0;
            for (int s = 0; s < sets; s++) {
                mean += predictions[s * grid + j];
            }
            mean /= sets;
            double gap = mean - truth[j];
            bias += gap * gap;
            double deviations = 0;
            double errors = 0;
            for (int s = 0; s < sets; s++) {
                double p = predictions[s * grid + j];
                deviations += (p - mean) * (p - mean);
                errors += (truth[j] - p) * (truth[j] - p);
            }
            spread += deviations / sets;
            error += errors / sets;
        }
        return new ErrorDecomposition(bias / grid, spread / grid, noiseVariance, error / grid + noiseVariance);
    }
}
