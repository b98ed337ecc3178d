package org.stepwise.algo.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The ROC and precision–recall lesson: a classifier (logistic regression, k-NN or naive Bayes,
 * through their engines) fitted on part of the data scores the held-out rest (the confusion-matrix
 * lesson's seeded stratified split, {@link HeldOutScores}); a second classifier ({@code compareWith})
 * scores the same rows, so the two are compared on one plot. Each step lowers the threshold on the
 * positive class's probability one notch, from 1 down to {@code threshold}, tracing both curves.
 */
public final class RocPrFactory implements EngineFactory<RocPrSnapshot> {

    /** The {@code compareWith} word for no second classifier. */
    public static final String NONE = "none";

    static final List<ParamSpec<?>> PARAMS = List.of(
            HeldOutScores.modelSpec("the classifier whose curves are traced, fitted by its own lesson's engine"),
            ParamSpec.choice("compareWith", "knn", withNone())
                    .optionLabels("No second model", "Logistic regression", "k-nearest neighbours (k = 5)",
                            "Gaussian naive Bayes")
                    .label("Compare with")
                    .help("a second classifier scoring the same held-out rows, drawn on the same plots"),
            ParamSpec.real("threshold", 0.0).between(0, 1)
                    .help("the run lowers the threshold on P(positive class) from 1 down to this, one notch a step"),
            HeldOutScores.POSITIVE_CLASS,
            ParamSpec.integer("notches", 20).between(2, 1000)
                    .help("each step lowers the threshold by 1 / notches"),
            HeldOutScores.TEST_SIZE);

    private static List<String> withNone() {
        List<String> options = new ArrayList<>(List.of(NONE));
        options.addAll(ScoringModel.NAMES);
        return options;
    }

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<RocPrSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        HeldOutScores heldOut = HeldOutScores.split(data, params.integer("positiveClass"), params.real("testSize"),
                seed, "ROC and precision-recall curves need");
        ModelCurves first = new ModelCurves(heldOut.scoredBy(ScoringModel.named(params.choice("model")), seed));
        String other = params.choice("compareWith");
        ModelCurves second = other.equals(NONE) ? null
                : new ModelCurves(heldOut.scoredBy(ScoringModel.named(other), seed));
        return new RocPrEngine(first, second, params.real("threshold"), params.integer("notches"));
    }
}
