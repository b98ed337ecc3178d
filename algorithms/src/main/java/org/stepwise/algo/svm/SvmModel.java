package org.stepwise.algo.svm;

/**
 * The decision functions an SVM has at one step, as LIBSVM's {@code svm_model} holds them:
 * for each problem p (a pair of classes a &lt; b in one-vs-one order (0,1), (0,2), …, (1,2), …;
 * or the single regression problem) the support rows, their coefficients y_t α_t (α_t − α*_t for
 * ε-SVR) and ρ_p, so that f_p(x) = Σ_s coef_s k(x_s, x) − ρ_p. A pair votes for a when f_p(x) &gt; 0,
 * else for b; the most votes win, a tie going to the lowest class ({@code svm_predict_values}).
 *
 * <p>Immutable; the arrays of a finished problem are shared by every later model.
 */
public final class SvmModel {

    private final SvmKernel kernel;
    private final double[] x;
    private final int d;
    private final int classes;
    private final int[][] pairs;
    private final int[][] svRows;
    private final double[][] svCoef;
    private final double[] rho;

    /**
     * @param x       the training rows, row-major (not copied: never modified)
     * @param classes the number of classes, 0 for regression
     * @param pairs   each problem's classes {a, b} (one {0, 0} for regression)
     */
    SvmModel(SvmKernel kernel, double[] x, int d, int classes, int[][] pairs, int[][] svRows, double[][] svCoef,
             double[] rho) {
        this.kernel = kernel;
        this.x = x;
        this.d = d;
        this.classes = classes;
        this.pairs = pairs;
        this.svRows = svRows;
        this.svCoef = svCoef;
        this.rho = rho;
    }

    public SvmKernel kernel() { return kernel; }

    public boolean isClassifier() { return classes > 0; }

    public int classCount() { return classes; }

    public int featureCount() { return d; }

    /** How many problems: K(K − 1)/2 pairs, or 1 for regression. */
    public int problems() { return pairs.length; }

    /** The classes {a, b} of problem p (a votes when f_p &gt; 0). */
    public int classA(int p) { return pairs[p][0]; }

    public int classB(int p) { return pairs[p][1]; }

    /** The training rows with a nonzero coefficient in problem p, in LIBSVM's order. Not to be modified. */
    public int[] supportRows(int p) { return svRows[p]; }

    /** Their coefficients y_t α_t (LIBSVM's sign: positive for class a). Not to be modified. */
    public double[] coefficients(int p) { return svCoef[p]; }

    public double rho(int p) { return rho[p]; }

    /** The training rows, row-major. Not to be modified. */
    double[] trainingRows() { return x; }

    /** f_p(x) for the row q[at ..] of d features; allocates nothing. */
    public double decision(int p, double[] q, int at) {
        int[] rows = svRows[p];
        double[] coef = svCoef[p];
        double sum = 0;
        for (int s = 0; s < rows.length; s++) {
            sum += coef[s] * kernel.value(x, rows[s] * d, q, at, d);
        }
        return sum - rho[p];
    }

    /** f_p at the point (x, y) of a model of two features (a plot's pixel); allocates nothing. */
    public double decision(int p, double px, double py) {
        int[] rows = svRows[p];
        double[] coef = svCoef[p];
        double sum = 0;
        for (int s = 0; s < rows.length; s++) {
            sum += coef[s] * kernel.value(x, rows[s] * d, px, py);
        }
        return sum - rho[p];
    }

    /**
     * The class index (votes, ties to the lowest) or the regression's value. Allocates nothing for
     * regression and two classes; more classes count votes in two small arrays.
     */
    public double predict(double[] q, int at) {
        if (!isClassifier()) {
            return decision(0, q, at);
        }
        if (classes == 2) {
            return decision(0, q, at) > 0 ? 0 : 1;
        }
        return votesWinner(q, at);
    }

    private int votesWinner(double[] q, int at) {
        double[] f = new double[pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            f[p] = decision(p, q, at);
        }
        return winner(pairs, f, new int[classes]);
    }

    int[][] pairs() { return pairs; }

    /** Votes from decision values f[p] of each pair (a tie to the lowest class). Not modified: f; modified: votes. */
    public static int winner(int[][] pairs, double[] f, int[] votes) {
        java.util.Arrays.fill(votes, 0);
        for (int p = 0; p < pairs.length; p++) {
            votes[f[p] > 0 ? pairs[p][0] : pairs[p][1]]++;
        }
        int best = 0;
        for (int c = 1; c < votes.length; c++) {
            if (votes[c] > votes[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Every training row with a nonzero coefficient in some problem, flagged. */
    boolean[] supportMask(int rows) {
        boolean[] support = new boolean[rows];
        for (int[] sv : svRows) {
            for (int r : sv) {
                support[r] = true;
            }
        }
        return support;
    }
}
