package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.linear.LinearRegressionFactory;
import org.stepwise.algo.linear.LinearRegressionSnapshot;
import org.stepwise.data.Dataset;

/**
 * A polynomial least-squares fit of one feature through the linear-regression lesson's engine
 * (solver "normal": QR on {@code PolynomialFeatures(degree, include_bias=False)} with an
 * intercept, as scikit-learn's {@code LinearRegression} and {@code numpy.polyfit}), never a second
 * implementation: one step of that engine is the whole fit.
 */
final class PolynomialFit {

    private static final LinearRegressionFactory FACTORY = new LinearRegressionFactory();
    private static final List<String> X = List.of("x");

    private PolynomialFit() {
    }

    /** The least-squares polynomial of {@code degree} through (xs[i], ys[i]). Not modified: xs, ys. */
    static LinearRegressionSnapshot fit(double[] xs, double[] ys, int degree) {
        double[][] rows = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            rows[i] = new double[] {xs[i]};
        }
        Dataset sample = Dataset.regression("training set", rows, ys, X, "y");
        Engine<LinearRegressionSnapshot> engine = FACTORY.create(sample,
                FACTORY.defaults().with("solver", "normal").with("degree", degree), 0);
        engine.step();
        return engine.snapshot();
    }
}
