package org.stepwise.algo.linear;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Newton's direction for the logistic regression objective J(W, b) = (1/n) Σᵢ CEᵢ + ‖W‖²/(2Cn):
 * the solution Δ of H Δ = ∇J, H the Hessian of J at the current parameters (Bishop 2006, §4.3.3,
 * "iterative reweighted least squares"; §4.3.4 for the multinomial Hessian).
 *
 * <p>Parameters are ordered as the engine keeps them: the weight rows of each output, then the
 * intercepts. With x̃ = (x, 1), two classes give H = (1/n) Σᵢ pᵢ(1 − pᵢ) x̃ᵢx̃ᵢᵀ + diag(1/(Cn)
 * on weights); K classes give the blocks H₍ₖ,ₗ₎ = (1/n) Σᵢ pᵢₖ(δₖₗ − pᵢₗ) x̃ᵢx̃ᵢᵀ + diag. Softmax's
 * full parameterisation is unchanged by adding one vector to every class's parameters, so its
 * H is singular along that direction (and the gradient has no component there): a ridge of
 * 1e-10 times the mean diagonal makes it positive definite, a Cholesky solve (EJML) follows, and
 * the step's component along those directions (the mean over classes of each weight and of the
 * intercepts), rounding noise amplified by the ridge, is removed. So the parameters keep summing
 * to zero over the classes, as gradient descent from zero keeps them and as the penalised
 * optimum has them. All buffers are allocated here; nothing per step.
 */
final class NewtonDirection {

    private static final double RIDGE = 1e-10;

    private final double[] x;
    private final int n;
    private final int d;
    private final int classes;
    private final int outputs;
    private final int size;
    private final double penaltyScale;
    private final DMatrixRMaj hessian;
    private final DMatrixRMaj gradient;
    private final DMatrixRMaj direction;
    private final LinearSolverDense<DMatrixRMaj> solver;
    private final double[] probabilities;
    private final double[] extended;

    /** @param penaltyScale 1/(Cn), or 0 without a penalty */
    NewtonDirection(double[] x, int n, int d, int classes, double penaltyScale) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.classes = classes;
        this.outputs = classes == 2 ? 1 : classes;
        this.size = outputs * (d + 1);
        this.penaltyScale = penaltyScale;
        this.hessian = new DMatrixRMaj(size, size);
        this.gradient = new DMatrixRMaj(size, 1);
        this.direction = new DMatrixRMaj(size, 1);
        this.solver = LinearSolverFactory_DDRM.chol(size);
        this.probabilities = new double[classes];
        this.extended = new double[d + 1];
    }

    /** How many parameters: the weights of every output, then their intercepts. */
    int size() { return size; }

    /**
     * Δ for the current parameters and gradient, written into {@code out} (length {@link #size()});
     * false when the Hessian cannot be factored (not finite, or not positive definite).
     */
    boolean solve(double[] weights, double[] intercepts, double[] gradientWeights, double[] gradientIntercepts,
                  double[] out) {
        buildHessian(weights, intercepts);
        for (int i = 0; i < gradientWeights.length; i++) {
            gradient.data[i] = gradientWeights[i];
        }
        for (int k = 0; k < outputs; k++) {
            gradient.data[outputs * d + k] = gradientIntercepts[k];
        }
        if (!solver.setA(hessian)) {
            return false;
        }
        solver.solve(gradient, direction);
        if (outputs > 1) {
            centreOverClasses(direction.data);
        }
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(direction.data[i])) {
                return false;
            }
            out[i] = direction.data[i];
        }
        return true;
    }

    private void buildHessian(double[] weights, double[] intercepts) {
        double[] h = hessian.data;
        Arrays.fill(h, 0);
        for (int i = 0; i < n; i++) {
            int offset = i * d;
            System.arraycopy(x, offset, extended, 0, d);
            extended[d] = 1;
            rowProbabilities(weights, intercepts, offset);
            for (int k = 0; k < outputs; k++) {
                for (int l = 0; l < outputs; l++) {
                    double s = outputs == 1 ? probabilities[1] * probabilities[0]
                            : probabilities[k] * ((k == l ? 1 : 0) - probabilities[l]);
                    if (s != 0) {
                        addOuter(h, k, l, s);
                    }
                }
            }
        }
        if (outputs == 1) {
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < a; b++) {
                    h[a * size + b] = h[b * size + a];
                }
            }
        }
        for (int a = 0; a < size * size; a++) {
            h[a] /= n;
        }
        for (int k = 0; k < outputs; k++) {
            for (int j = 0; j < d; j++) {
                int at = index(k, j);
                h[at * size + at] += penaltyScale;
            }
        }
        double trace = 0;
        for (int a = 0; a < size; a++) {
            trace += h[a * size + a];
        }
        double ridge = RIDGE * (1 + trace / size);
        for (int a = 0; a < size; a++) {
            h[a * size + a] += ridge;
        }
    }

    /**
     * Adds s·x̃x̃ᵀ to block (k, l); the binary model's single block only on and above the diagonal
     * (half the work; {@link #buildHessian} mirrors it).
     */
    private void addOuter(double[] h, int k, int l, double s) {
        for (int a = 0; a <= d; a++) {
            double sa = s * extended[a];
            if (sa == 0) {
                continue;
            }
            int row = index(k, a) * size;
            for (int b = outputs == 1 ? a : 0; b <= d; b++) {
                h[row + index(l, b)] += sa * extended[b];
            }
        }
    }

    /** Subtracts, for each weight position and for the intercepts, the mean over the classes. */
    private void centreOverClasses(double[] step) {
        for (int j = 0; j <= d; j++) {
            double mean = 0;
            for (int k = 0; k < outputs; k++) {
                mean += step[index(k, j)];
            }
            mean /= outputs;
            for (int k = 0; k < outputs; k++) {
                step[index(k, j)] -= mean;
            }
        }
    }

    /** Index of output k's weight j (j < d) or intercept (j = d) in the parameter vector. */
    private int index(int k, int j) {
        return j < d ? k * d + j : outputs * d + k;
    }

    private void rowProbabilities(double[] weights, double[] intercepts, int offset) {
        if (outputs == 1) {
            double p = LogisticFunctions.sigmoid(LogisticFunctions.score(intercepts[0], weights, 0, x, offset, d));
            probabilities[1] = p;
            probabilities[0] = 1 - p;
            return;
        }
        for (int k = 0; k < classes; k++) {
            probabilities[k] = LogisticFunctions.score(intercepts[k], weights, k, x, offset, d);
        }
        LogisticFunctions.softmaxInPlace(probabilities, 0, classes);
    }
}
