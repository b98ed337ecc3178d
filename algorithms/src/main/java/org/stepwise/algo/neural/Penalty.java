package org.stepwise.algo.neural;

/**
 * An L1 or L2 penalty on the weights (not biases, not normalization parameters), scaled per batch
 * as scikit-learn's MLP does (_multilayer_perceptron.py, {@code _backprop}): for a batch of n rows,
 * L2 adds α ‖W‖² / (2n) to the loss and α W / n to the gradient; L1 adds α ‖W‖₁ / n and
 * α sign(W) / n.
 */
public final class Penalty {

    private enum Kind { NONE, L1, L2 }

    private static final Penalty NONE = new Penalty(Kind.NONE, 0);

    private final Kind kind;
    private final double alpha;

    private Penalty(Kind kind, double alpha) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("the regularization rate must be a number at least 0; got " + alpha);
        }
        this.kind = kind;
        this.alpha = alpha;
    }

    public static Penalty none() { return NONE; }

    /** L2 (weight decay in the loss) with rate α, scikit-learn's {@code alpha}. */
    public static Penalty l2(double alpha) { return new Penalty(Kind.L2, alpha); }

    /** L1 with rate α. */
    public static Penalty l1(double alpha) { return new Penalty(Kind.L1, alpha); }

    public double alpha() { return alpha; }

    /** The penalty's term of the loss for a batch of {@code rows} rows. */
    public double value(double[] parameters, boolean[] penalized, int rows) {
        if (kind == Kind.NONE || alpha == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < parameters.length; i++) {
            if (penalized[i]) {
                sum += kind == Kind.L2 ? parameters[i] * parameters[i] : Math.abs(parameters[i]);
            }
        }
        return kind == Kind.L2 ? 0.5 * alpha * sum / rows : alpha * sum / rows;
    }

    /** Adds the penalty's gradient to {@code gradients}. Modified: {@code gradients}. */
    public void addGradient(double[] parameters, boolean[] penalized, double[] gradients, int rows) {
        if (kind == Kind.NONE || alpha == 0) {
            return;
        }
        double scale = alpha / rows;
        for (int i = 0; i < parameters.length; i++) {
            if (penalized[i]) {
                gradients[i] += scale * (kind == Kind.L2 ? parameters[i] : Math.signum(parameters[i]));
            }
        }
    }

    @Override
    public String toString() { return kind == Kind.NONE ? "none" : kind + " (α = " + alpha + ")"; }
}
