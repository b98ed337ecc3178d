package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.data.Dataset;

/**
 * The hyperparameter-search lesson: grid or random search ({@code search}) over two
 * hyperparameters of a real model ({@code model}: the RBF SVM's C and γ, or k-NN's k and weights;
 * see {@link TunedModel}), {@code budget} configurations, each evaluated by stratified
 * {@code folds}-fold cross-validation without shuffling, as
 * {@code GridSearchCV(model, param_grid, cv=StratifiedKFold(folds))} and
 * {@code RandomizedSearchCV(model, distributions, n_iter=budget, cv=StratifiedKFold(folds))}.
 * The configurations are {@link SearchPlan}'s.
 */
public final class HyperparameterSearchFactory implements EngineFactory<HyperparameterSearchSnapshot> {

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("model", "svm", TunedModel.NAMES).optionLabels("RBF SVM (C, γ)", "k-NN (k, weights)")
                    .label("Model").help("the model tuned, fitted on every fold by its own lesson's engine"),
            ParamSpec.choice("search", "grid", List.of("grid", "random")).optionLabels("Grid", "Random")
                    .label("Search").help("grid: every pair of a few values of each; random: budget pairs drawn"
                            + " from the ranges (log-uniform for C and γ)"),
            ParamSpec.integer("budget", 25).between(4, 100).label("Budget")
                    .help("how many configurations are cross-validated (a grid takes ⌊√budget⌋ values of each"
                            + " of the SVM's parameters, ⌊budget/2⌋ values of k)"),
            ParamSpec.integer("folds", 5).between(2, 20).label("Folds")
                    .help("stratified k-fold cross-validation of each configuration, without shuffling"),
            svmRange("cMin", 0.01, "C from", "the least C searched"),
            svmRange("cMax", 1000, "C to", "the greatest C searched"),
            svmRange("gammaMin", 0.01, "γ from", "the least γ of the RBF kernel exp(−γ‖x − x'‖²) searched"),
            svmRange("gammaMax", 100, "γ to", "the greatest γ searched"),
            ParamSpec.integer("kMin", 1).between(1, 1000).label("k from")
                    .appliesWhen(p -> !svm(p), "Only for k-NN").help("the fewest neighbours searched"),
            ParamSpec.integer("kMax", 30).between(1, 1000).label("k to")
                    .appliesWhen(p -> !svm(p), "Only for k-NN").help("the most neighbours searched"));

    /** One end of the SVM's range of C or γ: a positive number on a log scale. */
    private static ParamSpec<Double> svmRange(String name, double value, String label, String help) {
        return ParamSpec.real(name, value).between(1e-4, 1e4).logScale().label(label)
                .appliesWhen(HyperparameterSearchFactory::svm, "Only for the SVM").help(help);
    }

    private static boolean svm(Params p) {
        return p.choice("model").equals("svm");
    }

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<HyperparameterSearchSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() == 0 || Arrays.stream(data.labels()).distinct().count() < 2) {
            throw new IllegalArgumentException("Tuning a classifier needs rows of at least two classes; the data has "
                    + (data.size() == 0 ? "no rows." : "only class '" + data.classNames().get(data.label(0)) + "'."));
        }
        TunedModel model = TunedModel.named(params.choice("model"));
        int nFolds = params.integer("folds");
        List<Split> folds;
        try {
            folds = StratifiedKFold.split(data.labels(), nFolds);
        } catch (IllegalArgumentException refused) {
            throw new IllegalArgumentException("The stratified " + nFolds + "-fold split cannot be made: "
                    + refused.getMessage() + "; lower folds.", refused);
        }
        return new HyperparameterSearchEngine(data, folds, plan(model, params, folds, seed), seed);
    }

    private static SearchPlan plan(TunedModel model, Params params, List<Split> folds, long seed) {
        double xLow;
        double xHigh;
        double yLow = 0;
        double yHigh = 1;
        if (model == TunedModel.KNN) {
            xLow = params.integer("kMin");
            xHigh = params.integer("kMax");
            int fewest = folds.stream().mapToInt(f -> f.train().length).min().orElseThrow();
            ordered(xLow, xHigh, "kMin", "kMax", false);
            if (xHigh > fewest) {
                throw new IllegalArgumentException("k to (kMax) must be at most the " + fewest + " training rows of"
                        + " the smallest fold, since k-NN needs k neighbours; got " + (int) xHigh + ".");
            }
        } else {
            xLow = params.real("cMin");
            xHigh = params.real("cMax");
            yLow = params.real("gammaMin");
            yHigh = params.real("gammaMax");
            ordered(xLow, xHigh, "C from (cMin)", "C to (cMax)", true);
            ordered(yLow, yHigh, "γ from (gammaMin)", "γ to (gammaMax)", true);
        }
        int budget = params.integer("budget");
        return params.choice("search").equals("grid")
                ? SearchPlan.grid(model, budget, xLow, xHigh, yLow, yHigh)
                : SearchPlan.random(model, budget, xLow, xHigh, yLow, yHigh, Randomness.generator(seed));
    }

    private static void ordered(double low, double high, String lowName, String highName, boolean strict) {
        if (strict ? !(low < high) : !(low <= high)) {
            throw new IllegalArgumentException(lowName + " must be " + (strict ? "below " : "at most ") + highName
                    + "; got " + format(low) + " and " + format(high) + ".");
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
