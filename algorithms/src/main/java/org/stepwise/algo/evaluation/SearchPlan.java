package org.stepwise.algo.evaluation;

import java.util.random.RandomGenerator;

/**
 * The configurations a search will evaluate, in order, and the lattice of cells its score surface
 * is drawn on. Two hyperparameters of a {@link TunedModel}, each in a range [low, high]:
 * <ul>
 *   <li><b>grid</b> ({@code GridSearchCV} over {@code ParameterGrid}): n values of each on a log
 *       scale, as {@code np.logspace(log10(low), log10(high), n)} with n = ⌊√budget⌋; k-NN's k takes
 *       ⌊budget / 2⌋ integers {@code low + (i·(high − low)) // (m − 1)} (at most every integer of the
 *       range) against both weights; the first hyperparameter in the outer loop;</li>
 *   <li><b>random</b> ({@code RandomizedSearchCV(n_iter=budget)}): each configuration drawn
 *       independently, a log-scaled range as {@code scipy.stats.loguniform(low, high)} (the logarithm
 *       uniform: exp(ln low + u·(ln high − ln low))), k as {@code scipy.stats.randint(low, high + 1)},
 *       the weights each with probability ½; seeded, so the same seed draws the same configurations.</li>
 * </ul>
 * The lattice: a grid's own cells; for random draws, k-NN's every k by both weights, and for the SVM
 * 2n log-spaced bins a side (each draw shown in the bin it falls in). The SVM's C runs across the
 * columns and γ along the rows; k-NN's k runs along the rows (up to a thousand values) and its two
 * weights across ({@link #kAlongRows}).
 */
record SearchPlan(TunedModel model, boolean grid, double[] xs, double[] ys, double xLow, double xHigh, double yLow,
                  double yHigh, int columns, int rows) {

    static SearchPlan grid(TunedModel model, int budget, double xLow, double xHigh, double yLow, double yHigh) {
        if (model == TunedModel.KNN) {
            int m = (int) Math.min(Math.max(1, budget / 2), (long) xHigh - (long) xLow + 1);
            int[] ks = integers((int) xLow, (int) xHigh, m);
            double[] xs = new double[2 * m];
            double[] ys = new double[2 * m];
            for (int i = 0; i < m; i++) {
                xs[2 * i] = ks[i];
                xs[2 * i + 1] = ks[i];
                ys[2 * i + 1] = 1;
            }
            return new SearchPlan(model, true, xs, ys, xLow, xHigh, 0, 1, 2, (int) (xHigh - xLow) + 1);
        }
        int n = Math.max(2, (int) Math.floor(Math.sqrt(budget)));
        double[] cs = logspace(xLow, xHigh, n);
        double[] gammas = logspace(yLow, yHigh, n);
        double[] xs = new double[n * n];
        double[] ys = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                xs[i * n + j] = cs[i];
                ys[i * n + j] = gammas[j];
            }
        }
        return new SearchPlan(model, true, xs, ys, xLow, xHigh, yLow, yHigh, n, n);
    }

    static SearchPlan random(TunedModel model, int budget, double xLow, double xHigh, double yLow, double yHigh,
                             RandomGenerator random) {
        double[] xs = new double[budget];
        double[] ys = new double[budget];
        for (int i = 0; i < budget; i++) {
            if (model == TunedModel.KNN) {
                xs[i] = xLow + random.nextInt((int) (xHigh - xLow) + 1);
                ys[i] = random.nextInt(2);
            } else {
                xs[i] = logUniform(xLow, xHigh, random.nextDouble());
                ys[i] = logUniform(yLow, yHigh, random.nextDouble());
            }
        }
        if (model == TunedModel.KNN) {
            return new SearchPlan(model, false, xs, ys, xLow, xHigh, 0, 1, 2, (int) (xHigh - xLow) + 1);
        }
        int side = 2 * Math.max(2, (int) Math.floor(Math.sqrt(budget)));
        return new SearchPlan(model, false, xs, ys, xLow, xHigh, yLow, yHigh, side, side);
    }

    /** How many configurations the search evaluates. */
    int size() { return xs.length; }

    /** Whether k runs along the rows and the weights across (k-NN), rather than C across and γ along (SVM). */
    boolean kAlongRows() { return model == TunedModel.KNN; }

    /** The lattice column of configuration c: C's cell, or k-NN's weights. */
    int column(int c) {
        return kAlongRows() ? (int) ys[c] : cell(xs[c], xLow, xHigh, columns);
    }

    /** The lattice row of configuration c: γ's cell, or k − kMin. */
    int row(int c) {
        return kAlongRows() ? (int) (xs[c] - xLow) : cell(ys[c], yLow, yHigh, rows);
    }

    /** The value at the middle of column j: the grid's C, the bin's centre on the log scale, or the weights' index. */
    double columnValue(int j) {
        return kAlongRows() ? j : centre(j, xLow, xHigh, columns);
    }

    /** The value at the middle of row i: γ as {@link #columnValue}, or k. */
    double rowValue(int i) {
        return kAlongRows() ? xLow + i : centre(i, yLow, yHigh, rows);
    }

    /** The cell of a log-scaled value among {@code cells}: a grid's n values each their own (rounded), bins else. */
    private int cell(double value, double low, double high, int cells) {
        double t = Math.log(value / low) / Math.log(high / low);
        int k = grid ? (int) Math.round(t * (cells - 1)) : (int) Math.floor(t * cells);
        return Math.min(cells - 1, Math.max(0, k));
    }

    private double centre(int k, double low, double high, int cells) {
        double t = grid ? (double) k / (cells - 1) : (k + 0.5) / cells;
        return Math.exp(Math.log(low) + t * Math.log(high / low));
    }

    /** {@code np.logspace(log10(low), log10(high), n)}: 10 to the power of n evenly spaced exponents, the last exact. */
    static double[] logspace(double low, double high, int n) {
        double a = Math.log10(low);
        double b = Math.log10(high);
        double step = (b - a) / (n - 1);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.pow(10, i == n - 1 ? b : a + i * step);
        }
        return values;
    }

    /** m integers from low to high, {@code low + (i·(high − low)) // (m − 1)}: distinct when m ≤ high − low + 1. */
    static int[] integers(int low, int high, int m) {
        int[] values = new int[m];
        for (int i = 0; i < m; i++) {
            values[i] = m == 1 ? low : low + (int) ((long) i * (high - low) / (m - 1));
        }
        return values;
    }

    /** scipy.stats.loguniform(low, high)'s quantile at u: exp(ln low + u·(ln high − ln low)). */
    static double logUniform(double low, double high, double u) {
        return Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low)));
    }
}
