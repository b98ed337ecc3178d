package org.stepwise.algo.linear;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.DataTrait;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * Logistic regression trained step by step: binary (sigmoid) for two classes, multinomial
 * (softmax) for three or more, by full-batch or mini-batch gradient descent, or by Newton's method
 * (full batch), with an optional L2
 * penalty whose strength is scikit-learn's C (see {@link LogisticRegressionEngine}). The solver's
 * default follows the data ({@link #dataTraits()}), so that the defaults converge on every data set.
 */
public final class LogisticRegressionFactory implements EngineFactory<LogisticRegressionSnapshot> {

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("solver", "gd", List.of("gd", "newton"))
                    .optionLabels("Gradient descent", "Newton's method")
                    .help("gd: gradient descent steps of size α; newton: Newton steps on the full batch. The default"
                            + " follows the data: newton when the features are on very different scales (a column's"
                            + " mean square 10 times the intercept's 1 or a tenth of it), gd otherwise")
                    .group("Solver")
                    .defaultsFollow(FeatureScales.TRAIT, Map.of(FeatureScales.UNSCALED, "newton")),
            ParamSpec.real("learningRate", 1.0).between(1e-5, 100).logScale()
                    .help("step size α of each gradient-descent update")
                    .group("Solver")
                    .appliesWhen(p -> p.choice("solver").equals("gd"),
                            "Only for gradient descent (Newton's method takes whole steps)"),
            ParamSpec.integer("degree", 1).between(1, 10)
                    .help("features expanded as scikit-learn's PolynomialFeatures(degree, include_bias=False): at 2,"
                            + " x₁, x₂, x₁², x₁x₂, x₂², so the boundary can bend")
                    .group("Model"),
            ParamSpec.real("C", 1.0).between(1e-4, 1e4).logScale()
                    .help("smaller C means a stronger L2 penalty, as in scikit-learn")
                    .group("Penalty").appliesWhen(p -> p.choice("penalty").equals("l2"), "Only with the L2 penalty"),
            ParamSpec.choice("penalty", "l2", List.of("l2", "none"))
                    .optionLabels("L2 (ridge)", "None")
                    .help("l2 adds ‖W‖²/(2Cn) to the loss; none fits the data alone")
                    .group("Penalty"),
            ParamSpec.integer("batchSize", 0).between(0, 100_000).label("Batch (0 = all)")
                    .help("rows per update; 0 uses every row (full batch)")
                    .group("Solver")
                    .appliesWhen(p -> p.choice("solver").equals("gd"),
                            "Only for gradient descent (Newton's method uses every row)"),
            ParamSpec.integer("maxSteps", 30_000).between(1, 1_000_000).help("the run stops after this many updates")
                    .group("Stopping"),
            ParamSpec.real("tolerance", 1e-6).between(1e-12, 1).logScale()
                    .help("converged when the gradient norm of the loss falls below this")
                    .group("Stopping"));

    private static final List<DataTrait> TRAITS = List.of(FeatureScales.solverTrait());

    /** The most polynomial columns a fit may have: Digits at degree 2 has 2144, which is already slow. */
    static final int MAX_TERMS = 5_000;

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    /**
     * The solver's default follows the columns' scales ({@link FeatureScales#unscaled()}): on
     * raw Iris, Wine, Breast Cancer and Digits gradient descent at one learning rate stalls or
     * diverges, Newton's method reaches the optimum of the same objective (scikit-learn's
     * {@code LogisticRegression()}) in a dozen steps; standardized, or on the generators, gradient
     * descent converges and shows the descent.
     */
    @Override
    public List<DataTrait> dataTraits() { return TRAITS; }

    @Override
    public Engine<LogisticRegressionSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        long present = Arrays.stream(data.labels()).distinct().count();
        if (present < 2) {
            throw new IllegalArgumentException("Logistic regression needs points of at least two classes; "
                    + "the data has only class '" + data.classNames().get(data.label(0)) + "'.");
        }
        int batchSize = params.integer("batchSize");
        if (batchSize > data.size()) {
            throw new IllegalArgumentException("The batch size must be at most the number of points ("
                    + data.size() + "); got " + batchSize + ".");
        }
        boolean newton = params.choice("solver").equals("newton");
        if (newton && batchSize != 0 && batchSize != data.size()) {
            throw new IllegalArgumentException("Newton's method takes every point at each step: set the batch size to 0 "
                    + "(full batch); got " + batchSize + ".");
        }
        int degree = params.integer("degree");
        PolynomialTerms terms = null;
        if (degree > 1) {
            long columns = PolynomialTerms.count(data.featureCount(), degree);
            if (columns > MAX_TERMS) {
                throw new IllegalArgumentException("Degree " + degree + " of " + data.featureCount() + " features makes "
                        + (columns == Long.MAX_VALUE ? "too many" : Long.toString(columns)) + " columns; at most "
                        + MAX_TERMS + " are allowed. Choose a lower degree or fewer features.");
            }
            terms = PolynomialTerms.of(data.featureCount(), degree);
        }
        return new LogisticRegressionEngine(terms == null ? data : terms.expand(data), terms, params.real("learningRate"),
                params.choice("penalty").equals("l2") ? params.real("C") : Double.POSITIVE_INFINITY,
                batchSize == 0 ? data.size() : batchSize, params.integer("maxSteps"), params.real("tolerance"), seed,
                newton);
    }
}
