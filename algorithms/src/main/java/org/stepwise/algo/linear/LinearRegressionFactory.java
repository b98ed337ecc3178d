package org.stepwise.algo.linear;

import java.util.List;
import java.util.function.Predicate;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * Ordinary least squares on polynomial features: solved in one step by QR (solver "normal"), or
 * by gradient descent on the mean squared error, one update a step (solver "gd"). See
 * {@link LinearRegressionEngine}.
 */
public final class LinearRegressionFactory implements EngineFactory<LinearRegressionSnapshot> {

    private static final Predicate<Params> GRADIENT_DESCENT =
            p -> p.choice("solver").equals("gd");
    private static final String GRADIENT_DESCENT_ONLY = "Only for gradient descent (the normal equations solve at once)";

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("solver", "gd", List.of("gd", "normal"))
                    .optionLabels("Gradient descent", "Normal equations (QR)")
                    .help("gd: one gradient-descent update of the MSE a step; normal: the least-squares "
                            + "solution at once, by QR (as scikit-learn's LinearRegression)")
                    .group("Solver"),
            ParamSpec.integer("degree", 1).between(1, 10)
                    .help("features expanded as PolynomialFeatures(degree, include_bias=False): x, x², ..., x^degree")
                    .group("Model"),
            ParamSpec.real("learningRate", 0.05).between(1e-6, 10).logScale()
                    .help("step size α of each gradient-descent update β ← β − α∇J (gd only)")
                    .group("Solver")
                    .appliesWhen(GRADIENT_DESCENT, GRADIENT_DESCENT_ONLY),
            ParamSpec.integer("maxIter", 100_000).between(1, 1_000_000)
                    .help("gd stops after this many updates")
                    .group("Solver")
                    .appliesWhen(GRADIENT_DESCENT, GRADIENT_DESCENT_ONLY),
            ParamSpec.real("tol", 1e-6).between(1e-12, 1).logScale()
                    .help("gd has converged when the gradient norm ‖∇J‖ of the MSE falls below this")
                    .group("Solver")
                    .appliesWhen(GRADIENT_DESCENT, GRADIENT_DESCENT_ONLY));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.REGRESSION; }

    @Override
    public Engine<LinearRegressionSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        int degree = params.integer("degree");
        long columns = PolynomialTerms.count(data.featureCount(), degree);
        if (columns + 1 > data.size()) {
            throw new IllegalArgumentException("Degree " + degree + " expands " + data.featureCount()
                    + (data.featureCount() == 1 ? " feature" : " features") + " into " + columns
                    + " columns, which with the intercept are more unknowns than the " + data.size()
                    + " rows can determine; lower the degree or add points.");
        }
        return new LinearRegressionEngine(data, PolynomialTerms.of(data.featureCount(), degree),
                params.choice("solver").equals("normal"), params.real("learningRate"), params.integer("maxIter"),
                params.real("tol"));
    }
}
