package org.stepwise.algo.svm;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.HeldOutScores;
import org.stepwise.data.Dataset;

/**
 * The training rows and the problems LIBSVM's {@code svm_train} makes of them: for C-SVC one
 * problem per pair of classes a &lt; b (a's rows with y = +1, then b's with y = −1, each in the
 * data's order, p = −1), for ε-SVR one problem of 2l variables (α_i with y = +1 and
 * p = ε − y_i, then α*_i with y = −1 and p = ε + y_i). Also the training score, as
 * scikit-learn's {@code score(X, y)}.
 */
final class SvmData {

    /** A problem's support: the training rows with a nonzero coefficient, and the coefficients. */
    record Support(int[] rows, double[] coef) {
    }

    private final SvmKernel kernel;
    private final double[] x;
    private final int d;
    private final int l;
    private final double[] targets;
    private final int classes;
    private final List<String> classNames;
    private final List<String> featureNames;
    private final double c;
    private final double epsilon;
    private final double tol;
    private final int[][] pairs;
    private final int[][] problemRows;
    private final byte[][] problemSigns;
    private final double[][] problemLinear;
    private final KernelRows kernelRows;
    private final Dataset data;

    SvmData(Dataset data, SvmKernel kernel, double c, double epsilon, double tol) {
        this.tol = tol;
        this.data = data;
        this.kernel = kernel;
        this.x = data.featuresRowMajor();
        this.d = data.featureCount();
        this.l = data.size();
        this.targets = data.targets();
        this.classes = data.isClassification() ? data.classCount() : 0;
        this.classNames = data.classNames();
        this.featureNames = data.featureNames();
        this.c = c;
        this.epsilon = epsilon;
        this.kernelRows = new KernelRows(x, l, d, kernel);
        if (classes > 0) {
            pairs = classPairs(classes);
            problemRows = new int[pairs.length][];
            problemSigns = new byte[pairs.length][];
            problemLinear = new double[pairs.length][];
            for (int p = 0; p < pairs.length; p++) {
                pairProblem(p);
            }
        } else {
            pairs = new int[][] {{0, 0}};
            problemRows = new int[][] {new int[2 * l]};
            problemSigns = new byte[][] {new byte[2 * l]};
            problemLinear = new double[][] {new double[2 * l]};
            for (int i = 0; i < l; i++) {
                problemRows[0][i] = i;
                problemRows[0][i + l] = i;
                problemSigns[0][i] = 1;
                problemSigns[0][i + l] = -1;
                problemLinear[0][i] = epsilon - targets[i];
                problemLinear[0][i + l] = epsilon + targets[i];
            }
        }
    }

    /** The pairs of classes with rows of both, a &lt; b, in LIBSVM's order. */
    private int[][] classPairs(int k) {
        boolean[] present = new boolean[k];
        for (double t : targets) {
            present[(int) t] = true;
        }
        List<int[]> all = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                if (present[a] && present[b]) {
                    all.add(new int[] {a, b});
                }
            }
        }
        return all.toArray(new int[0][]);
    }

    private void pairProblem(int p) {
        int a = pairs[p][0];
        int b = pairs[p][1];
        List<Integer> rows = new ArrayList<>();
        for (int cls : new int[] {a, b}) {
            for (int i = 0; i < l; i++) {
                if ((int) targets[i] == cls) {
                    rows.add(i);
                }
            }
        }
        int n = rows.size();
        problemRows[p] = new int[n];
        problemSigns[p] = new byte[n];
        problemLinear[p] = new double[n];
        for (int t = 0; t < n; t++) {
            problemRows[p][t] = rows.get(t);
            problemSigns[p][t] = (byte) ((int) targets[rows.get(t)] == a ? 1 : -1);
            problemLinear[p][t] = -1;
        }
    }

    /** Starts problem p on the solver at α = 0, its decision values in {@code decisions} (zeros). */
    void start(SmoSolver solver, int p, double[] decisions) {
        solver.start(problemRows[p].length, problemRows[p], problemSigns[p], problemLinear[p], c, tol, decisions);
    }

    /** The nonzero coefficients of the solver's problem by training row, in the problem's order. */
    static Support support(SmoSolver solver, int rows) {
        int n = solver.size();
        int count = 0;
        double[] byRow = null;
        if (n > rows) {
            // ε-SVR: row i's coefficient is α_i − α*_i (variables i and i + l).
            byRow = new double[rows];
            for (int t = 0; t < n; t++) {
                byRow[solver.row(t)] += solver.signedAlpha(t);
            }
            for (double v : byRow) {
                count += Math.abs(v) > 0 ? 1 : 0;
            }
            int[] sv = new int[count];
            double[] coef = new double[count];
            for (int i = 0, s = 0; i < rows; i++) {
                if (Math.abs(byRow[i]) > 0) {
                    sv[s] = i;
                    coef[s++] = byRow[i];
                }
            }
            return new Support(sv, coef);
        }
        for (int t = 0; t < n; t++) {
            count += Math.abs(solver.alpha(t)) > 0 ? 1 : 0;
        }
        int[] sv = new int[count];
        double[] coef = new double[count];
        for (int t = 0, s = 0; t < n; t++) {
            if (Math.abs(solver.alpha(t)) > 0) {
                sv[s] = solver.row(t);
                coef[s++] = solver.signedAlpha(t);
            }
        }
        return new Support(sv, coef);
    }

    /** Accuracy or R² of the model's predictions of the training rows (exact kernels). */
    double score(SvmModel model) {
        return HeldOutScores.score(model::predict, data);
    }

    /** Accuracy or R² from running decision values (Σ y α K before ρ) per problem. */
    double score(double[][] decisions, double[] rho) {
        double[] predicted = new double[l];
        double[] f = new double[pairs.length];
        int[] votes = new int[Math.max(classes, 1)];
        for (int i = 0; i < l; i++) {
            for (int p = 0; p < pairs.length; p++) {
                f[p] = decisions[p][i] - rho[p];
            }
            predicted[i] = classes == 0 ? f[0] : SvmModel.winner(pairs, f, votes);
        }
        return HeldOutScores.scorePredictions(data, predicted);
    }

    SvmKernel kernel() { return kernel; }

    double[] x() { return x; }

    int d() { return d; }

    int rows() { return l; }

    int classCount() { return classes; }

    int[][] pairs() { return pairs; }

    KernelRows kernelRows() { return kernelRows; }

    double c() { return c; }

    double epsilon() { return epsilon; }

    double tol() { return tol; }

    double target(int row) { return targets[row]; }

    List<String> classNames() { return classNames; }

    List<String> featureNames() { return featureNames; }

    int largestProblem() {
        int largest = 0;
        for (int[] rows : problemRows) {
            largest = Math.max(largest, rows.length);
        }
        return largest;
    }
}
