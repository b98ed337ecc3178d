package org.stepwise.algo.neural;

/** Absolute error, L = (1/n) Σᵢ Σⱼ |pᵢⱼ − yᵢⱼ|; its gradient sign(p − y)/n is taken as 0 where p = y. */
public final class MeanAbsoluteError implements Loss {

    @Override
    public double value(double[] prediction, double[] target, int rows, int width) {
        double sum = 0;
        for (int i = 0; i < rows * width; i++) {
            sum += Math.abs(prediction[i] - target[i]);
        }
        return sum / rows;
    }

    @Override
    public void gradient(double[] prediction, double[] target, double[] gradient, int rows, int width) {
        for (int i = 0; i < rows * width; i++) {
            gradient[i] = Math.signum(prediction[i] - target[i]) / rows;
        }
    }

    @Override
    public String label() { return "mean absolute error"; }
}
