package org.stepwise.algo.linear;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * Ridge, lasso and elastic net exactly as scikit-learn 1.2.1 fits them, with an intercept: the
 * columns of X and y are centred first (sklearn/linear_model/_base.py {@code _preprocess_data}),
 * the penalised problem is solved on the centred data, and the intercept is ȳ − x̄ᵀw afterwards.
 *
 * <p>Ridge ({@code Ridge(alpha)}, solver "cholesky", which "auto" picks for dense data):
 * minimise ‖y − Xw‖² + α‖w‖² (no 1/(2n)) in one step, by solving (XᵀX + αI) w = Xᵀy with a
 * Cholesky factorisation (sklearn/linear_model/_ridge.py {@code _solve_cholesky}).
 *
 * <p>Lasso and elastic net ({@code ElasticNet(alpha, l1_ratio)}, {@code Lasso} being l1_ratio 1):
 * minimise ‖y − Xw‖²/(2n) + α·l1_ratio‖w‖₁ + ½α(1 − l1_ratio)‖w‖², which
 * sklearn/linear_model/_coordinate_descent.py {@code enet_path} multiplies by n before handing it
 * to {@code _cd_fast.enet_coordinate_descent}: ½‖y − Xw‖² + l1‖w‖₁ + ½·l2‖w‖², with
 * l1 = α·l1_ratio·n and l2 = α(1 − l1_ratio)·n. One step here is one coordinate update of that
 * routine, cyclic from w = 0 and skipping a constant column: with the residual r = y − Xw taken
 * without feature j, ρ = Xⱼᵀr and wⱼ ← sign(ρ)·max(|ρ| − l1, 0)/(‖Xⱼ‖² + l2). A sweep over the
 * features is one of scikit-learn's iterations ({@code n_iter}). At the end of a sweep, when
 * max|Δw| &lt; tol·max|w| (or w = 0, or the last allowed sweep), the duality gap is computed as
 * scikit-learn does, and the run has converged when it is below tol·‖y‖² (y centred); the gap
 * reported ({@code dual_gap}) is divided by n, as {@code dual_gap_} is. So the same tol gives
 * scikit-learn's coefficients and iteration count.
 *
 * <p>Buffers are allocated in the constructor; a coordinate step allocates only the snapshot.
 */
final class RegularizationEngine implements Engine<RegularizationSnapshot> {

    private final String penalty;
    private final boolean ridge;
    private final double alpha;
    private final double l1Ratio;
    private final int maxIter;
    private final int n;
    private final int p;
    private final List<String> featureNames;
    /** The centred features, column-major: column j at [j·n, (j + 1)·n). */
    private final double[] x;
    private final double[] xMean;
    private final double[] yc;
    private final double yMean;
    private final double[] normCols;
    private final double l1Reg;
    private final double l2Reg;
    private final double dwTol;
    /** tol·‖y − ȳ‖², the gap's bound on the scale of the n-times objective. */
    private final double gapTol;
    private final double totalSquares;

    private final double[] w;
    private final double[] previousW;
    private final double[] residual;
    private final double[] xta;
    private double previousIntercept;
    /** Two features: the data term over (w₁, w₂) and the coefficients visited, from (0, 0); else null. */
    private final LeastSquaresBowl bowl;
    private final CoefficientPath path;

    private int step;
    private int nextFeature;
    private int sweeps;
    private double wMax;
    private double dwMax;
    private int updated = -1;
    private double rho = Double.NaN;
    private boolean skipped;
    private boolean gapChecked;
    private double sweepRatio = Double.NaN;
    private double gap = Double.NaN;
    private StepResult status = StepResult.CONTINUE;

    RegularizationEngine(Dataset data, String penalty, double alpha, double l1Ratio, int maxIter, double tol) {
        this.penalty = penalty;
        this.ridge = penalty.equals("ridge");
        this.alpha = alpha;
        this.l1Ratio = l1Ratio;
        this.maxIter = maxIter;
        this.n = data.size();
        this.p = data.featureCount();
        this.featureNames = List.copyOf(data.featureNames());
        double[] rows = data.featuresRowMajor();
        double[] y = data.targets();
        x = new double[n * p];
        xMean = new double[p];
        for (int j = 0; j < p; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += rows[i * p + j];
            }
            xMean[j] = sum / n;
            for (int i = 0; i < n; i++) {
                x[j * n + i] = rows[i * p + j] - xMean[j];
            }
        }
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        yMean = sum / n;
        yc = new double[n];
        double squares = 0;
        for (int i = 0; i < n; i++) {
            yc[i] = y[i] - yMean;
            squares += yc[i] * yc[i];
        }
        totalSquares = squares;
        normCols = new double[p];
        for (int j = 0; j < p; j++) {
            normCols[j] = dot(j, x, j * n);
        }
        l1Reg = alpha * l1Ratio * n;
        l2Reg = alpha * (1 - l1Ratio) * n;
        dwTol = tol;
        gapTol = tol * totalSquares;
        w = new double[p];
        previousW = new double[p];
        residual = yc.clone();
        xta = new double[p];
        previousIntercept = yMean;
        bowl = p == 2 ? LeastSquaresBowl.of(x, yc, n) : null;
        path = bowl != null ? new CoefficientPath() : null;
        if (path != null) {
            path.append(0, 0);
        }
    }

    @Override
    public RegularizationSnapshot snapshot() {
        return new RegularizationSnapshot(new RegularizationSnapshot.State(step, status, penalty, alpha, l1Ratio,
                featureNames, w, previousW, intercept(), previousIntercept, xMean, updated, rho, skipped,
                ridge ? alpha : l1Reg, ridge ? step : sweeps, gapChecked, sweepRatio, gap / n, gapTol / n, r2(), bowl,
                path == null ? null : path.view()));
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        System.arraycopy(w, 0, previousW, 0, p);
        previousIntercept = intercept();
        step++;
        if (ridge) {
            solveRidge();
        } else {
            coordinate();
        }
        if (path != null) {
            path.append(w[0], w[1]);
        }
        return status;
    }

    /** One coordinate update of enet_coordinate_descent, and its end-of-sweep check after the last feature. */
    private void coordinate() {
        int j = nextFeature;
        if (j == 0) {
            wMax = 0;
            dwMax = 0;
        }
        updated = j;
        gapChecked = false;
        skipped = normCols[j] == 0;
        rho = Double.NaN;
        if (!skipped) {
            int offset = j * n;
            double old = w[j];
            if (old != 0) {
                axpy(old, offset);
            }
            rho = dot(residual, 0, offset);
            w[j] = Math.signum(rho) * Math.max(Math.abs(rho) - l1Reg, 0) / (normCols[j] + l2Reg);
            if (w[j] != 0) {
                axpy(-w[j], offset);
            }
            dwMax = Math.max(dwMax, Math.abs(w[j] - old));
            wMax = Math.max(wMax, Math.abs(w[j]));
        }
        nextFeature = (j + 1) % p;
        if (nextFeature != 0) {
            return;
        }
        sweeps++;
        sweepRatio = wMax == 0 ? 0 : dwMax / wMax;
        if (wMax == 0 || dwMax / wMax < dwTol || sweeps == maxIter) {
            gapChecked = true;
            gap = dualityGap();
            if (!Double.isFinite(gap)) {
                status = StepResult.stopped("the duality gap is not finite: the features or target are too large; "
                        + "scale them");
                return;
            }
            // A constant y leaves w = 0 exact with gap 0 = tol·0; scikit-learn would sweep to max_iter.
            if (gap < gapTol || (gap == 0 && gapTol == 0)) {
                status = StepResult.CONVERGED;
                return;
            }
        }
        if (sweeps == maxIter) {
            status = StepResult.stopped(String.format(java.util.Locale.ROOT, "reached maxIter = %d sweeps with "
                    + "duality gap %.3g still above tol·‖y‖²/n = %.3g (scikit-learn's ConvergenceWarning); raise "
                    + "maxIter or tol, scale the features, or raise alpha", maxIter, gap / n, gapTol / n));
        }
    }

    /** The duality gap of the n-times objective, computed as in enet_coordinate_descent (non-positive case). */
    private double dualityGap() {
        double dualNorm = 0;
        for (int j = 0; j < p; j++) {
            xta[j] = dot(residual, 0, j * n) - l2Reg * w[j];
            dualNorm = Math.max(dualNorm, Math.abs(xta[j]));
        }
        double rNorm2 = dot(residual, 0, residual, 0, n);
        double wNorm2 = 0;
        double l1Norm = 0;
        for (int j = 0; j < p; j++) {
            wNorm2 += w[j] * w[j];
            l1Norm += Math.abs(w[j]);
        }
        double constant;
        double value;
        if (dualNorm > l1Reg) {
            constant = l1Reg / dualNorm;
            double aNorm2 = rNorm2 * constant * constant;
            value = 0.5 * (rNorm2 + aNorm2);
        } else {
            constant = 1;
            value = rNorm2;
        }
        value += l1Reg * l1Norm - constant * dot(residual, 0, yc, 0, n) + 0.5 * l2Reg * (1 + constant * constant) * wNorm2;
        return value;
    }

    /** (XᵀX + αI) w = Xᵀy on the centred data, by Cholesky, as Ridge's "cholesky" solver. */
    private void solveRidge() {
        DMatrixRMaj a = new DMatrixRMaj(p, p);
        DMatrixRMaj b = new DMatrixRMaj(p, 1);
        for (int j = 0; j < p; j++) {
            for (int k = j; k < p; k++) {
                double v = dot(x, j * n, x, k * n, n);
                a.unsafe_set(j, k, v);
                a.unsafe_set(k, j, v);
            }
            a.unsafe_set(j, j, a.unsafe_get(j, j) + alpha);
            b.unsafe_set(j, 0, dot(yc, 0, x, j * n, n));
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(p);
        DMatrixRMaj solution = new DMatrixRMaj(p, 1);
        if (!solver.setA(a)) {
            status = StepResult.stopped("XᵀX + αI is not positive definite (with alpha = 0 the features are "
                    + "linearly dependent): raise alpha");
            return;
        }
        solver.solve(b, solution);
        System.arraycopy(solution.data, 0, w, 0, p);
        System.arraycopy(yc, 0, residual, 0, n);
        for (int j = 0; j < p; j++) {
            axpy(-w[j], j * n);
        }
        updated = -1;
        double r2 = r2();
        status = Double.isFinite(r2) ? StepResult.CONVERGED
                : StepResult.stopped("the ridge solve gave non-finite coefficients; scale the features or raise alpha");
    }

    private double intercept() {
        double value = yMean;
        for (int j = 0; j < p; j++) {
            value -= xMean[j] * w[j];
        }
        return value;
    }

    /** R² = 1 − ‖r‖²/‖y − ȳ‖² (scikit-learn's r2_score: 1 for an exact fit of a constant y, else 0). */
    private double r2() {
        double rss = dot(residual, 0, residual, 0, n);
        if (totalSquares == 0) {
            return rss == 0 ? 1 : 0;
        }
        return 1 - rss / totalSquares;
    }

    /** residual += factor · column at offset. */
    private void axpy(double factor, int offset) {
        for (int i = 0; i < n; i++) {
            residual[i] += factor * x[offset + i];
        }
    }

    private double dot(double[] v, int vOffset, int columnOffset) {
        return dot(v, vOffset, x, columnOffset, n);
    }

    private double dot(int j, double[] columns, int offset) {
        return dot(columns, offset, columns, offset, n);
    }

    private static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += a[aOffset + i] * b[bOffset + i];
        }
        return sum;
    }
}
