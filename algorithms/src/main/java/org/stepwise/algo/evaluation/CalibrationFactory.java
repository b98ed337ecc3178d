package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The calibration lesson: a classifier fitted by its own lesson's engine on part of the data scores
 * the held-out rest (the threshold lessons' seeded stratified split, {@link HeldOutScores}); their
 * probabilities of the positive class are binned into a reliability diagram, then Platt scaling
 * and isotonic regression are fitted to them ({@link CalibrationEngine}). The default classifier is
 * Gaussian naive Bayes, whose probabilities are pushed to 0 and 1 when its features are correlated.
 */
public final class CalibrationFactory implements EngineFactory<CalibrationSnapshot> {

    /** The classifiers offered, the badly calibrated first. */
    static final List<String> MODELS = List.of("naive-bayes", "random-forest", "logistic-regression", "knn");

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("model", "naive-bayes", MODELS)
                    .optionLabels("Gaussian naive Bayes", "Random forest (100 trees)", "Logistic regression",
                            "k-nearest neighbours (k = 5)")
                    .help("the classifier whose probabilities are calibrated, fitted by its own lesson's engine"),
            ParamSpec.choice("method", "both", CalibrationInputs.Method.NAMES)
                    .optionLabels("Platt scaling and isotonic", "Platt scaling (sigmoid)", "Isotonic regression")
                    .label("Calibrator")
                    .help("which calibrators are fitted to the held-out probabilities"),
            ParamSpec.integer("nBins", 10).between(2, 50).label("Bins")
                    .help("bins of the reliability diagram (calibration_curve's n_bins)"),
            ParamSpec.choice("strategy", "uniform", List.of("uniform", "quantile"))
                    .optionLabels("Equal widths", "Equal counts (quantiles)")
                    .label("Bin edges")
                    .help("equal-width bins over [0, 1], or edges at the probabilities' quantiles"),
            HeldOutScores.POSITIVE_CLASS,
            HeldOutScores.TEST_SIZE);

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<CalibrationSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (Arrays.stream(data.labels()).distinct().count() < 2) {
            throw new IllegalArgumentException("Calibration needs rows of at least two classes; the data has only class '"
                    + data.classNames().get(data.label(0)) + "', so every row's observed frequency is 1 and"
                    + " log loss is undefined (scikit-learn: y_true contains only one label).");
        }
        HeldOutScores heldOut = HeldOutScores.split(data, params.integer("positiveClass"), params.real("testSize"),
                seed, "Calibration needs");
        ScoredRows rows = heldOut.scoredBy(ScoringModel.named(params.choice("model")), seed);
        Calibration.Strategy strategy = Calibration.Strategy.valueOf(params.choice("strategy").toUpperCase(java.util.Locale.ROOT));
        return new CalibrationEngine(CalibrationInputs.of(rows, params.integer("nBins"), strategy,
                CalibrationInputs.Method.named(params.choice("method"))));
    }
}
