package org.stepwise.algo.neural;

/**
 * Squared error, L = (c/n) Σᵢ Σⱼ (pᵢⱼ − yᵢⱼ)², with c = 1 ({@link #MeanSquaredError()}) or c = ½
 * ({@link #halved()}, scikit-learn's {@code squared_loss} for one output, whose gradient
 * (p − y)/n is what {@code MLPRegressor} back-propagates).
 */
public final class MeanSquaredError implements Loss {

    private final double factor;

    public MeanSquaredError() {
        this(1);
    }

    private MeanSquaredError(double factor) {
        this.factor = factor;
    }

    /** ½ the squared error, as scikit-learn's MLPRegressor. */
    public static MeanSquaredError halved() { return new MeanSquaredError(0.5); }

    @Override
    public double value(double[] prediction, double[] target, int rows, int width) {
        double sum = 0;
        for (int i = 0; i < rows * width; i++) {
            double residual = prediction[i] - target[i];
            sum += residual * residual;
        }
        return factor * sum / rows;
    }

    @Override
    public void gradient(double[] prediction, double[] target, double[] gradient, int rows, int width) {
        double scale = 2 * factor / rows;
        for (int i = 0; i < rows * width; i++) {
            gradient[i] = scale * (prediction[i] - target[i]);
        }
    }

    @Override
    public String label() { return factor == 1 ? "mean squared error" : "half mean squared error"; }
}
