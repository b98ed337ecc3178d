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
 * Penalised least squares as scikit-learn 1.2.1 fits it: {@code Ridge(alpha)} in one closed-form
 * step, {@code Lasso(alpha)} and {@code ElasticNet(alpha, l1_ratio)} by cyclic coordinate descent,
 * one coordinate a step. See {@link RegularizationEngine}.
 */
public final class RegularizationFactory implements EngineFactory<RegularizationSnapshot> {

    private static final Predicate<Params> ITERATIVE =
            p -> !p.choice("penalty").equals("ridge");
    private static final String ITERATIVE_ONLY = "Only for lasso and elastic net (ridge is solved at once)";

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("penalty", "lasso", List.of("ridge", "lasso", "elasticnet"))
                    .optionLabels("Ridge (L2)", "Lasso (L1)", "Elastic net (L1 + L2)")
                    .help("ridge: α‖w‖² added to the squared error, solved at once; lasso: α‖w‖₁, which sets "
                            + "coefficients exactly to 0; elastic net: a mix of both, by l1Ratio")
                    .group("Penalty"),
            ParamSpec.real("alpha", 1.0).between(0, 100_000).logScale()
                    .help("the penalty's strength α (scikit-learn's alpha): 0 is ordinary least squares, larger "
                            + "shrinks every coefficient towards 0")
                    .group("Penalty"),
            ParamSpec.real("l1Ratio", 0.5).between(0, 1)
                    .help("elastic net only: the L1 share of the penalty (1: lasso, 0: ridge's L2 with lasso's scaling)")
                    .group("Penalty")
                    .appliesWhen(p -> p.choice("penalty").equals("elasticnet"), "Only for the elastic net"),
            ParamSpec.integer("maxIter", 1000).between(1, 100_000)
                    .help("lasso and elastic net stop after this many sweeps over the features")
                    .group("Solver")
                    .appliesWhen(ITERATIVE, ITERATIVE_ONLY),
            ParamSpec.real("tol", 1e-4).between(1e-15, 1).logScale()
                    .help("converged when a sweep changes no coefficient by more than tol·max|w| and the duality "
                            + "gap is below tol·‖y − ȳ‖²/n (scikit-learn's rule)")
                    .group("Solver")
                    .appliesWhen(ITERATIVE, ITERATIVE_ONLY));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.REGRESSION; }

    @Override
    public Engine<RegularizationSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() < 2) {
            throw new IllegalArgumentException("Regularized regression needs at least 2 points; add some.");
        }
        String penalty = params.choice("penalty");
        double alpha = params.real("alpha");
        if (alpha == 0 && !penalty.equals("ridge")) {
            throw new IllegalArgumentException("alpha = 0 removes the penalty, and coordinate descent without one "
                    + "converges poorly (scikit-learn warns and advises LinearRegression): use alpha > 0, or "
                    + "penalty=ridge with alpha=0, or the linear-regression lesson.");
        }
        double l1Ratio = switch (penalty) {
            case "ridge" -> 0;
            case "lasso" -> 1;
            default -> params.real("l1Ratio");
        };
        return new RegularizationEngine(data, penalty, alpha, l1Ratio, params.integer("maxIter"), params.real("tol"));
    }
}
