package org.stepwise.algo.linear;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.dense.row.linsol.qr.BaseLinearSolverQrp_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * Ordinary least squares on the columns of {@code PolynomialFeatures(degree, include_bias=False)}
 * ({@link PolynomialTerms}) with an intercept: the model ŷ = β₀ + Σₖ βₖ aₖ(x), fitted to minimise
 * the mean squared error J(β₀, β) = (1/n) Σᵢ (yᵢ − β₀ − aᵢᵀβ)², which the lesson charts as {@code mse}
 * (no ½: J is the MSE itself, so its gradient is ∇J = −(2/n) [Σ rᵢ, Σ rᵢ aᵢ] with rᵢ the residuals).
 *
 * <p>Solver "normal": one step gives the least-squares solution as scikit-learn 1.2.1's
 * {@code LinearRegression().fit} does (sklearn/linear_model/_base.py: {@code _preprocess_data}
 * centres the columns and y, {@code scipy.linalg.lstsq} solves the centred problem, and
 * {@code _set_intercept} sets β₀ = ȳ − āᵀβ). The centred system is solved by EJML's
 * column-pivoted Householder QR with its minimum-norm option, so a singular design (a duplicated
 * column) gets the minimum-norm solution, as lstsq's SVD gives, instead of a failure.
 *
 * <p>Solver "gd": one step is one full-batch update (β₀, β) ← (β₀, β) − α∇J from (0, 0), on the data
 * as given (no scaling). The run has converged when ‖∇J‖ at the new parameters is below {@code tol}
 * (then each coefficient is within ‖∇J‖/λ_min of the optimum, λ_min the smallest eigenvalue of J's
 * Hessian (2/n)[1 a]ᵀ[1 a]). It is stopped as diverged when J stops being finite or exceeds 1000
 * times its value at the start; the reason names the cause, a learning rate above 1/m for a column
 * of mean square m (the Hessian's diagonal bounds λ_max from below, and a stable step needs
 * α &lt; 2/λ_max), and at {@code maxIter} the reason names the columns' scales when they differ.
 *
 * <p>Buffers are allocated in the constructor; a gradient step allocates only the snapshot.
 */
final class LinearRegressionEngine implements Engine<LinearRegressionSnapshot> {

    private static final double DIVERGENCE_FACTOR = 1000;

    private final PolynomialTerms terms;
    private final List<String> termNames;
    /** The expanded design without the intercept column, row-major n × p. */
    private final double[] a;
    private final double[] y;
    private final int n;
    private final int p;
    private final boolean normal;
    private final double learningRate;
    private final int maxIter;
    private final double tol;
    private final double totalSquares;
    /** The largest mean square of a column (the intercept's is 1) and which column it is (−1: the intercept). */
    private final double largestMeanSquare;
    private final int largestColumn;
    private final double smallestMeanSquare;

    private final double[] coef;
    private double intercept;
    private final double[] gradient;
    private double gradientIntercept;
    private final double[] previousCoef;
    private double previousIntercept;
    /** A straight line on one feature: the MSE over (β₀, β₁) and the path taken on it; else null. */
    private final MseBowl bowl;
    private final CoefficientPath path;

    private int step;
    private double mse;
    private double previousMse;
    private double startMse;
    private double gradientNorm;
    private int rank = -1;
    private StepResult status = StepResult.CONTINUE;

    LinearRegressionEngine(Dataset data, PolynomialTerms terms, boolean normal, double learningRate, int maxIter,
                           double tol) {
        this.terms = terms;
        this.n = data.size();
        this.p = terms.size();
        this.termNames = java.util.stream.IntStream.range(0, p)
                .mapToObj(k -> terms.name(k, data.featureNames())).toList();
        this.a = new double[n * p];
        double[] raw = data.featuresRowMajor();
        int d = data.featureCount();
        for (int i = 0; i < n; i++) {
            terms.expand(raw, i * d, a, i * p);
        }
        this.y = data.targets();
        this.normal = normal;
        this.learningRate = learningRate;
        this.maxIter = maxIter;
        this.tol = tol;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        totalSquares = ss;
        double largest = 1;
        double smallest = 1;
        int largestAt = -1;
        for (int k = 0; k < p; k++) {
            double squares = 0;
            for (int i = 0; i < n; i++) {
                squares += a[i * p + k] * a[i * p + k];
            }
            squares /= n;
            if (squares > largest) {
                largest = squares;
                largestAt = k;
            }
            smallest = Math.min(smallest, squares);
        }
        largestMeanSquare = largest;
        largestColumn = largestAt;
        smallestMeanSquare = smallest;
        coef = new double[p];
        gradient = new double[p];
        previousCoef = new double[p];
        evaluate();
        previousMse = mse;
        startMse = mse;
        bowl = p == 1 && d == 1 ? MseBowl.of(a, y) : null;
        path = bowl != null ? new CoefficientPath() : null;
        if (path != null) {
            path.append(0, 0);
        }
    }

    @Override
    public LinearRegressionSnapshot snapshot() {
        return new LinearRegressionSnapshot(step, status, terms, termNames, normal, coef, intercept, previousCoef,
                previousIntercept, previousMse, mse, r2(), gradientNorm, rank, bowl, path == null ? null : path.view());
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        previousMse = mse;
        System.arraycopy(coef, 0, previousCoef, 0, p);
        previousIntercept = intercept;
        if (normal) {
            solve();
            record();
            return status;
        }
        for (int k = 0; k < p; k++) {
            coef[k] -= learningRate * gradient[k];
        }
        intercept -= learningRate * gradientIntercept;
        step++;
        evaluate();
        record();
        if (!Double.isFinite(mse) || !Double.isFinite(gradientNorm) || mse > DIVERGENCE_FACTOR * startMse + 1e-300) {
            status = StepResult.stopped(divergence());
        } else if (gradientNorm < tol) {
            status = StepResult.CONVERGED;
        } else if (step >= maxIter) {
            status = StepResult.stopped(String.format(Locale.ROOT, "reached maxIter = %d with ‖∇J‖ = %.3g, "
                    + "still above tol = %s%s", maxIter, gradientNorm, plain(tol), slowness()));
        }
        return status;
    }

    private void record() {
        if (path != null) {
            path.append(intercept, coef[0]);
        }
    }

    private String divergence() {
        String column = largestColumn < 0 ? "the intercept's column of ones" : "column " + termNames.get(largestColumn);
        double bound = 1 / largestMeanSquare;
        String cause = learningRate > bound
                ? String.format(Locale.ROOT, "learning rate %s is above 1/%.3g = %.3g, the most a stable step can be "
                        + "for %s (mean square %.3g); lower the learning rate or scale the features", plain(learningRate),
                        largestMeanSquare, bound, column, largestMeanSquare)
                : "learning rate " + plain(learningRate) + " is too large for these features; lower it";
        return "the loss diverged at step " + step + ": " + cause;
    }

    /** Why gradient descent is slow here: columns (or the intercept) on very different scales. */
    private String slowness() {
        if (largestMeanSquare / smallestMeanSquare < 100) {
            return "; raise maxIter or the learning rate, or use solver=normal";
        }
        return String.format(Locale.ROOT, "; the columns' mean squares range from %.3g to %.3g (the intercept's is 1), "
                + "so one learning rate is too small for some (unscaled features): standardize them or use "
                + "solver=normal", smallestMeanSquare, largestMeanSquare);
    }

    /** The residuals, the MSE and its gradient at the current parameters. */
    private void evaluate() {
        java.util.Arrays.fill(gradient, 0);
        double sumResiduals = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            int row = i * p;
            double prediction = intercept;
            for (int k = 0; k < p; k++) {
                prediction += coef[k] * a[row + k];
            }
            double residual = y[i] - prediction;
            squares += residual * residual;
            sumResiduals += residual;
            for (int k = 0; k < p; k++) {
                gradient[k] += residual * a[row + k];
            }
        }
        double scale = -2.0 / n;
        double norm = 0;
        for (int k = 0; k < p; k++) {
            gradient[k] *= scale;
            norm += gradient[k] * gradient[k];
        }
        gradientIntercept = scale * sumResiduals;
        gradientNorm = Math.sqrt(norm + gradientIntercept * gradientIntercept);
        mse = squares / n;
    }

    /** The least-squares solution of the centred problem by pivoted QR, then the intercept. */
    private void solve() {
        double[] means = new double[p];
        double yMean = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < p; k++) {
                means[k] += a[i * p + k];
            }
            yMean += y[i];
        }
        for (int k = 0; k < p; k++) {
            means[k] /= n;
        }
        yMean /= n;
        DMatrixRMaj centred = new DMatrixRMaj(n, p);
        DMatrixRMaj target = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < p; k++) {
                centred.unsafe_set(i, k, a[i * p + k] - means[k]);
            }
            target.unsafe_set(i, 0, y[i] - yMean);
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false);
        DMatrixRMaj solution = new DMatrixRMaj(p, 1);
        if (solver instanceof BaseLinearSolverQrp_DDRM qrp) {
            // EJML's default (one epsilon) keeps a duplicated column's rounding residue as a pivot;
            // lstsq-like cut-off: ε·max(n, p) relative to the largest entry.
            qrp.getDecomposition().setSingularThreshold(org.ejml.UtilEjml.EPS * Math.max(n, p));
        }
        boolean ok = solver.setA(centred);
        if (ok) {
            solver.solve(target, solution);
            rank = solver instanceof BaseLinearSolverQrp_DDRM qrp ? qrp.getDecomposition().getRank() : p;
        }
        double b0 = yMean;
        for (int k = 0; k < p; k++) {
            coef[k] = solution.get(k, 0);
            b0 -= coef[k] * means[k];
        }
        intercept = b0;
        step++;
        evaluate();
        if (!ok || !Double.isFinite(mse)) {
            status = StepResult.stopped("the least-squares solve failed: the columns are not finite or too large "
                    + "to factor; scale the features");
        } else {
            status = StepResult.CONVERGED;
        }
    }

    /** R² = 1 − SS_res/SS_tot, scikit-learn's r2_score: 1 for a perfect fit of a constant y, 0 otherwise. */
    private double r2() {
        double residualSquares = mse * n;
        if (totalSquares == 0) {
            return residualSquares == 0 ? 1 : 0;
        }
        return 1 - residualSquares / totalSquares;
    }

    /** 0.1 rather than 0.1000, 0.00001 rather than 1.0E-5: the number as the learner typed it. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
