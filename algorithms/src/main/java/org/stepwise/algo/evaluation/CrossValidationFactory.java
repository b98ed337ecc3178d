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
 * The cross-validation lesson: the data is split into folds by a scheme ({@code cv}: k-fold,
 * stratified, leave-one-out, group or time-series, as scikit-learn's splitters without shuffling);
 * each step fits the classifier ({@code model}, through its own lesson's engine) on one fold's
 * training rows and scores its accuracy on the fold's validation rows, as scikit-learn's
 * {@code cross_val_score(model, X, y, cv=splitter, groups=groups)} does fold by fold.
 */
public final class CrossValidationFactory implements EngineFactory<CrossValidationSnapshot> {

    static final List<ParamSpec<?>> PARAMS = List.of(
            HeldOutScores.modelSpec("the classifier fitted on each fold's training rows, by its own lesson's engine"),
            ParamSpec.choice("cv", "stratified", CvScheme.NAMES)
                    .optionLabels("k-fold", "Stratified k-fold", "Leave-one-out", "Group k-fold", "Time-series split")
                    .label("Scheme")
                    .help("how the rows are split into folds (scikit-learn's splitters, without shuffling)"),
            ParamSpec.integer("nSplits", 5).between(2, 100).label("Folds")
                    .help("the number of folds (leave-one-out makes one per row)"),
            ParamSpec.integer("nGroups", 8).between(2, 100).label("Groups")
                    .help("group k-fold: the rows are grouped in this many equal-width bands of the first feature"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<CrossValidationSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (Arrays.stream(data.labels()).distinct().count() < 2) {
            throw new IllegalArgumentException("Cross-validating a classifier needs rows of at least two classes; the"
                    + " data has only class '" + data.classNames().get(data.label(0)) + "', so no fold could fit it.");
        }
        CvScheme scheme = CvScheme.named(params.choice("cv"));
        int[] groups = CvScheme.groups(data, params.integer("nGroups"));
        List<Split> folds = scheme.splits(data, params.integer("nSplits"), groups);
        for (int f = 0; f < folds.size(); f++) {
            int[] train = folds.get(f).train();
            int first = data.label(train[0]);
            if (Arrays.stream(train).allMatch(i -> data.label(i) == first)) {
                throw new IllegalArgumentException("Fold " + (f + 1) + "'s training rows are all of class '"
                        + data.classNames().get(first) + "', so the classifier cannot be fitted there; choose another"
                        + " scheme or fewer folds (a time-series split of rows sorted by class trains on one class).");
            }
        }
        return new CrossValidationEngine(data, scheme, folds, groups, ScoringModel.named(params.choice("model")), seed);
    }
}
