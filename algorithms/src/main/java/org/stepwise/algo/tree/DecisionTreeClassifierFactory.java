package org.stepwise.algo.tree;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * A classification tree grown one split per step, as scikit-learn 1.2.1's
 * {@code DecisionTreeClassifier(criterion, max_depth, min_samples_split, min_samples_leaf,
 * min_impurity_decrease, ccp_alpha).fit(X, y)} (see {@link DecisionTreeEngine}). The regression
 * form is {@link DecisionTreeRegressorFactory}.
 */
public final class DecisionTreeClassifierFactory implements EngineFactory<DecisionTreeSnapshot> {

    private static final List<ParamSpec<?>> PARAMS = TreeParams.params("gini");

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<DecisionTreeSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        TreeParams.requireRows(data);
        SplitCriterion criterion = TreeParams.criterion(params, true);
        if (Arrays.stream(data.labels()).distinct().count() < 2) {
            throw new IllegalArgumentException("A decision tree needs points of at least two classes to split apart;"
                    + " the data has only class '" + data.classNames().get(data.label(0)) + "'.");
        }
        return new DecisionTreeEngine(TreeParams.grower(data, params, criterion, data.classCount()), criterion,
                params.real("ccpAlpha"), data.featureNames(), data.classNames());
    }
}
