package org.stepwise.algo.tree;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * A regression tree grown one split per step, as scikit-learn 1.2.1's
 * {@code DecisionTreeRegressor(criterion="squared_error", ...).fit(X, y)} (see
 * {@link DecisionTreeEngine}). The same parameters as {@link DecisionTreeClassifierFactory}; the
 * data has a real target.
 */
public final class DecisionTreeRegressorFactory implements EngineFactory<DecisionTreeSnapshot> {

    private static final List<ParamSpec<?>> PARAMS = TreeParams.params("squared_error");

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.REGRESSION; }

    @Override
    public Engine<DecisionTreeSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        TreeParams.requireRows(data);
        SplitCriterion criterion = TreeParams.criterion(params, false);
        return new DecisionTreeEngine(TreeParams.grower(data, params, criterion, 0), criterion,
                params.real("ccpAlpha"), data.featureNames(), List.of());
    }
}
