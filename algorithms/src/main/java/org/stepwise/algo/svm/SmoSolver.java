package org.stepwise.algo.svm;

/**
 * LIBSVM's SMO solver ({@code Solver} in scikit-learn 1.2.1's {@code sklearn/svm/src/libsvm/svm.cpp};
 * Chang &amp; Lin, LIBSVM, 2011; Fan, Chen &amp; Lin, "Working set selection using second order
 * information for training SVM", JMLR 6, 2005) for
 *
 * <pre>  min_α ½ αᵀQα + pᵀα   subject to  yᵀα = 0,  0 ≤ α_t ≤ C,</pre>
 *
 * with Q_tu = y_t y_u K(row_t, row_u): one {@link #step()} is one iteration of its loop, the pair
 * (i, j) chosen by second-order working-set selection (WSS2, τ = 1e-12), updated analytically and
 * clipped to the box, then the gradient G = Qα + p updated; it stops when the maximal violation
 * m(α) − M(α) is below {@code tol} (LIBSVM's {@code eps}). {@link #rho()} is {@code calculate_rho}.
 *
 * <p>Shrinking is LIBSVM's, as scikit-learn's default {@code shrinking=True} runs it: every
 * min(n, 1000) iterations the variables at a bound that cannot take part in a violating pair are
 * moved behind the active ones ({@code do_shrinking}, {@code be_shrunk}, {@code swap_index}); the
 * gradient of the inactive ones is rebuilt from Ḡ (the gradient's part from variables at C) when
 * the violation first falls to 10·tol and when the active ones are optimal
 * ({@code reconstruct_gradient}). It changes only which pairs are chosen on the way, yet at
 * {@code tol} 1e-3 the answer is only as exact as {@code tol}, and following LIBSVM's own route is
 * what gives its support set and predictions, not just answers within {@code tol} of them.
 *
 * <p>Each variable t is a training row ({@code row[t]}) with a sign y_t: the two classes of a
 * one-vs-one problem, or, for ε-SVR, each row twice (α with y = +1, α* with y = −1). The arrays are
 * allocated once, for the largest problem; {@link #start} reuses them, and a step allocates nothing
 * (kernel rows aside, each computed once: {@link KernelRows}).
 */
final class SmoSolver {

    static final double TAU = 1e-12;
    private static final byte LOWER = 0;
    private static final byte UPPER = 1;
    private static final byte FREE = 2;

    private final KernelRows kernel;
    private final double[] alpha;
    private final double[] gradient;
    private final double[] linear;
    private final double[] diagonal;
    private final byte[] y;
    private final int[] row;
    private final byte[] status;
    /** Ḡ_t = Σ_{u at C} C Q_tu, from which a shrunk variable's gradient is rebuilt. */
    private final double[] gradientBar;
    /** The problem's own index of the variable now at t (LIBSVM's active_set), and its inverse. */
    private final int[] original;
    private final int[] position;
    private int n;
    private int activeSize;
    private boolean unshrink;
    private int counter;
    private double objective;
    /** Σ_t y_t α_t K(row_t, r) for every training row r (the decision value before ρ), or null. */
    private double[] fitted;
    private double c;
    private double tol;
    private int lastI = -1;
    private int lastJ = -1;
    private double violation = Double.POSITIVE_INFINITY;

    SmoSolver(KernelRows kernel, int capacity) {
        this.kernel = kernel;
        alpha = new double[capacity];
        gradient = new double[capacity];
        linear = new double[capacity];
        diagonal = new double[capacity];
        y = new byte[capacity];
        row = new int[capacity];
        status = new byte[capacity];
        gradientBar = new double[capacity];
        original = new int[capacity];
        position = new int[capacity];
    }

    /**
     * Starts a problem of n variables at α = 0, so G = p. Not modified: the arrays given, which
     * are copied, except {@code decisions}: when not null (zeros, one per training row), every step
     * adds to it, so it holds Σ_t y_t α_t K(row_t, r) for each training row r (votes of a
     * one-vs-one pair on rows of the other classes, without computing a kernel).
     */
    void start(int variables, int[] rows, byte[] signs, double[] p, double boxC, double tolerance, double[] decisions) {
        n = variables;
        fitted = decisions;
        c = boxC;
        tol = tolerance;
        System.arraycopy(rows, 0, row, 0, n);
        System.arraycopy(signs, 0, y, 0, n);
        System.arraycopy(p, 0, linear, 0, n);
        System.arraycopy(p, 0, gradient, 0, n);
        for (int t = 0; t < n; t++) {
            alpha[t] = 0;
            status[t] = LOWER;
            diagonal[t] = kernel.diagonal(rows[t]);
            gradientBar[t] = 0;
            original[t] = t;
            position[t] = t;
        }
        activeSize = n;
        unshrink = false;
        counter = Math.min(n, 1000) + 1;
        objective = 0;
        lastI = -1;
        lastJ = -1;
        violation = Double.POSITIVE_INFINITY;
    }

    /**
     * One SMO iteration: selects the working set and, unless α is optimal within {@code tol},
     * updates the pair and the gradient. Returns false (and changes nothing) when α is optimal.
     */
    boolean step() {
        if (--counter == 0) {
            counter = Math.min(n, 1000);
            shrink();
        }
        if (!selectWorkingSet()) {
            reconstructGradient();
            activeSize = n;
            if (!selectWorkingSet()) {
                lastI = -1;
                lastJ = -1;
                return false;
            }
            counter = 1;
        }
        update(lastI, lastJ);
        return true;
    }

    /** LIBSVM's select_working_set (WSS2); sets lastI, lastJ and the violation m(α) − M(α). */
    private boolean selectWorkingSet() {
        double gmax = Double.NEGATIVE_INFINITY;
        double gmax2 = Double.NEGATIVE_INFINITY;
        int gmaxIdx = -1;
        int gminIdx = -1;
        double objDiffMin = Double.POSITIVE_INFINITY;
        for (int t = 0; t < activeSize; t++) {
            if (y[t] == 1) {
                if (status[t] != UPPER && -gradient[t] >= gmax) {
                    gmax = -gradient[t];
                    gmaxIdx = t;
                }
            } else if (status[t] != LOWER && gradient[t] >= gmax) {
                gmax = gradient[t];
                gmaxIdx = t;
            }
        }
        int i = gmaxIdx;
        float[] ki = i < 0 ? null : kernel.row(row[i]);
        for (int j = 0; j < activeSize; j++) {
            double gradDiff;
            if (y[j] == 1) {
                if (status[j] == LOWER) {
                    continue;
                }
                gradDiff = gmax + gradient[j];
                if (gradient[j] >= gmax2) {
                    gmax2 = gradient[j];
                }
            } else {
                if (status[j] == UPPER) {
                    continue;
                }
                gradDiff = gmax - gradient[j];
                if (-gradient[j] >= gmax2) {
                    gmax2 = -gradient[j];
                }
            }
            if (gradDiff > 0) {
                // QD_i + QD_j − 2 y_i Q_ij (or + 2 y_i Q_ij for y_j = −1): in both cases QD_i + QD_j − 2 K_ij.
                double quadCoef = diagonal[i] + diagonal[j] - 2.0 * ki[row[j]];
                double objDiff = -(gradDiff * gradDiff) / (quadCoef > 0 ? quadCoef : TAU);
                if (objDiff <= objDiffMin) {
                    gminIdx = j;
                    objDiffMin = objDiff;
                }
            }
        }
        violation = gmax + gmax2;
        if (violation < tol || gminIdx == -1) {
            return false;
        }
        lastI = gmaxIdx;
        lastJ = gminIdx;
        return true;
    }

    /** The analytic update of α_i, α_j clipped to [0, C] (Solver::Solve's), then G. */
    private void update(int i, int j) {
        float[] ki = kernel.row(row[i]);
        float[] kj = kernel.row(row[j], row[i]);
        double kij = ki[row[j]];
        double oldI = alpha[i];
        double oldJ = alpha[j];
        // Q_ii + Q_jj ± 2 Q_ij is QD_i + QD_j − 2 K_ij whether or not the signs differ.
        double quadCoef = diagonal[i] + diagonal[j] - 2 * kij;
        if (quadCoef <= 0) {
            quadCoef = TAU;
        }
        if (y[i] != y[j]) {
            double delta = (-gradient[i] - gradient[j]) / quadCoef;
            double diff = alpha[i] - alpha[j];
            alpha[i] += delta;
            alpha[j] += delta;
            if (diff > 0) {
                if (alpha[j] < 0) {
                    alpha[j] = 0;
                    alpha[i] = diff;
                }
            } else if (alpha[i] < 0) {
                alpha[i] = 0;
                alpha[j] = -diff;
            }
            if (diff > 0) {
                if (alpha[i] > c) {
                    alpha[i] = c;
                    alpha[j] = c - diff;
                }
            } else if (alpha[j] > c) {
                alpha[j] = c;
                alpha[i] = c + diff;
            }
        } else {
            double delta = (gradient[i] - gradient[j]) / quadCoef;
            double sum = alpha[i] + alpha[j];
            alpha[i] -= delta;
            alpha[j] += delta;
            if (sum > c) {
                if (alpha[i] > c) {
                    alpha[i] = c;
                    alpha[j] = sum - c;
                }
            } else if (alpha[j] < 0) {
                alpha[j] = 0;
                alpha[i] = sum;
            }
            if (sum > c) {
                if (alpha[j] > c) {
                    alpha[j] = c;
                    alpha[i] = sum - c;
                }
            } else if (alpha[i] < 0) {
                alpha[i] = 0;
                alpha[j] = sum;
            }
        }
        // G_t += Q_ti Δα_i + Q_tj Δα_j, with Q_ti = y_t y_i K (the sign flips are exact, as LIBSVM's float products).
        double deltaI = alpha[i] - oldI;
        double deltaJ = alpha[j] - oldJ;
        double stepI = y[i] * deltaI;
        double stepJ = y[j] * deltaJ;
        // The objective's change, ½Δᵀ Q_BB Δ + G_Bᵀ Δ, from the gradient before the update.
        objective += gradient[i] * deltaI + gradient[j] * deltaJ + 0.5 * (diagonal[i] * deltaI * deltaI
                + diagonal[j] * deltaJ * deltaJ) + y[i] * y[j] * kij * deltaI * deltaJ;
        for (int t = 0; t < activeSize; t++) {
            int r = row[t];
            double change = ki[r] * stepI + kj[r] * stepJ;
            gradient[t] += y[t] == 1 ? change : -change;
        }
        if (fitted != null) {
            for (int r = 0; r < fitted.length; r++) {
                fitted[r] += ki[r] * stepI + kj[r] * stepJ;
            }
        }
        boolean upperI = status[i] == UPPER;
        boolean upperJ = status[j] == UPPER;
        status[i] = boxStatus(alpha[i]);
        status[j] = boxStatus(alpha[j]);
        if (upperI != (status[i] == UPPER)) {
            addToGradientBar(ki, y[i], upperI ? -c : c);
        }
        if (upperJ != (status[j] == UPPER)) {
            addToGradientBar(kj, y[j], upperJ ? -c : c);
        }
    }

    /** Ḡ_t += amount · Q_tu for every variable t, u's kernel row and sign given. */
    private void addToGradientBar(float[] ku, byte yu, double amount) {
        double signed = yu * amount;
        for (int t = 0; t < n; t++) {
            double change = ku[row[t]] * signed;
            gradientBar[t] += y[t] == 1 ? change : -change;
        }
    }

    /** LIBSVM's do_shrinking: moves the variables be_shrunk finds behind the active ones. */
    private void shrink() {
        double gmax1 = Double.NEGATIVE_INFINITY;
        double gmax2 = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < activeSize; t++) {
            boolean up = y[t] == 1;
            if (status[t] != UPPER) {
                if (up) {
                    gmax1 = Math.max(gmax1, -gradient[t]);
                } else {
                    gmax2 = Math.max(gmax2, -gradient[t]);
                }
            }
            if (status[t] != LOWER) {
                if (up) {
                    gmax2 = Math.max(gmax2, gradient[t]);
                } else {
                    gmax1 = Math.max(gmax1, gradient[t]);
                }
            }
        }
        if (!unshrink && gmax1 + gmax2 <= tol * 10) {
            unshrink = true;
            reconstructGradient();
            activeSize = n;
        }
        for (int t = 0; t < activeSize; t++) {
            if (shrinkable(t, gmax1, gmax2)) {
                activeSize--;
                while (activeSize > t) {
                    if (!shrinkable(activeSize, gmax1, gmax2)) {
                        swap(t, activeSize);
                        break;
                    }
                    activeSize--;
                }
            }
        }
    }

    /** LIBSVM's be_shrunk. */
    private boolean shrinkable(int t, double gmax1, double gmax2) {
        if (status[t] == UPPER) {
            return y[t] == 1 ? -gradient[t] > gmax1 : -gradient[t] > gmax2;
        }
        if (status[t] == LOWER) {
            return y[t] == 1 ? gradient[t] > gmax2 : gradient[t] > gmax1;
        }
        return false;
    }

    /** LIBSVM's reconstruct_gradient: G of the inactive variables from Ḡ and the free variables. */
    private void reconstructGradient() {
        if (activeSize == n) {
            return;
        }
        int free = 0;
        for (int t = activeSize; t < n; t++) {
            gradient[t] = gradientBar[t] + linear[t];
        }
        for (int t = 0; t < activeSize; t++) {
            free += status[t] == FREE ? 1 : 0;
        }
        if ((long) free * n > 2L * activeSize * (n - activeSize)) {
            for (int i = activeSize; i < n; i++) {
                float[] ki = kernel.row(row[i]);
                for (int j = 0; j < activeSize; j++) {
                    if (status[j] == FREE) {
                        gradient[i] += alpha[j] * (y[i] * y[j] * ki[row[j]]);
                    }
                }
            }
        } else {
            for (int i = 0; i < activeSize; i++) {
                if (status[i] == FREE) {
                    float[] ki = kernel.row(row[i]);
                    double alphaI = alpha[i];
                    for (int j = activeSize; j < n; j++) {
                        gradient[j] += alphaI * (y[i] * y[j] * ki[row[j]]);
                    }
                }
            }
        }
    }

    /** LIBSVM's swap_index: variables t and u trade places (their kernel rows follow {@code row}). */
    private void swap(int t, int u) {
        swapInts(row, t, u);
        byte sign = y[t];
        y[t] = y[u];
        y[u] = sign;
        byte state = status[t];
        status[t] = status[u];
        status[u] = state;
        swapDoubles(gradient, t, u);
        swapDoubles(alpha, t, u);
        swapDoubles(linear, t, u);
        swapDoubles(gradientBar, t, u);
        swapDoubles(diagonal, t, u);
        swapInts(original, t, u);
        position[original[t]] = t;
        position[original[u]] = u;
    }

    private static void swapInts(int[] a, int t, int u) {
        int v = a[t];
        a[t] = a[u];
        a[u] = v;
    }

    private static void swapDoubles(double[] a, int t, int u) {
        double v = a[t];
        a[t] = a[u];
        a[u] = v;
    }

    private byte boxStatus(double a) {
        return a >= c ? UPPER : a <= 0 ? LOWER : FREE;
    }

    /** LIBSVM's calculate_rho: the mean of y_t G_t over free variables, else the middle of the bounds. */
    double rho() {
        int free = 0;
        double upper = Double.POSITIVE_INFINITY;
        double lower = Double.NEGATIVE_INFINITY;
        double sumFree = 0;
        for (int t = 0; t < activeSize; t++) {
            double yg = y[t] * gradient[t];
            if (status[t] == UPPER) {
                if (y[t] == -1) {
                    upper = Math.min(upper, yg);
                } else {
                    lower = Math.max(lower, yg);
                }
            } else if (status[t] == LOWER) {
                if (y[t] == 1) {
                    upper = Math.min(upper, yg);
                } else {
                    lower = Math.max(lower, yg);
                }
            } else {
                free++;
                sumFree += yg;
            }
        }
        return free > 0 ? sumFree / free : (upper + lower) / 2;
    }

    /**
     * The dual objective ½αᵀQα + pᵀα: once optimal, Σ α_t (G_t + p_t) / 2 as LIBSVM reports it
     * ("obj"); before, the sum of every update's change (the gradient of shrunk variables is stale).
     */
    double objective() {
        if (lastI >= 0 || activeSize < n) {
            return objective;
        }
        double v = 0;
        for (int t = 0; t < n; t++) {
            v += alpha[t] * (gradient[t] + linear[t]);
        }
        return v / 2;
    }

    int size() { return n; }

    /** α of the problem's variable k (in the order it was started with). */
    double alpha(int k) { return alpha[position[k]]; }

    /** y_k α_k of the problem's variable k, its coefficient in the decision function (LIBSVM's alpha[i] *= y[i]). */
    double signedAlpha(int k) { return y[position[k]] * alpha[position[k]]; }

    /** The training row of the problem's variable k. */
    int row(int k) { return row[position[k]]; }

    /** The problem's variables updated by the last step (-1 when it found α optimal). */
    int lastI() { return lastI < 0 ? -1 : original[lastI]; }

    int lastJ() { return lastJ < 0 ? -1 : original[lastJ]; }

    /** How many variables are active (not shrunk). */
    int activeSize() { return activeSize; }

    /** m(α) − M(α) as the last selection measured it (+∞ before the first). */
    double violation() { return violation; }

    double tol() { return tol; }

    double c() { return c; }
}
