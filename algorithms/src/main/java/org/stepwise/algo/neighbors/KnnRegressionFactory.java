package org.stepwise.algo.neighbors;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * k-nearest-neighbours regression, one training point predicted per step, as scikit-learn's
 * {@code KNeighborsRegressor(n_neighbors, weights, metric, p).fit(X, y).score(X, y)} does it (see
 * {@link KnnRegressionEngine}). The same parameters as {@link KnnFactory}; the data has a real target.
 */
public final class KnnRegressionFactory implements EngineFactory<KnnRegressionSnapshot> {

    @Override
    public List<ParamSpec<?>> params() { return KnnParams.PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.REGRESSION; }

    @Override
    public Engine<KnnRegressionSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        KnnParams.requirePoints(data);
        int k = KnnParams.nNeighbors(params, data);
        KnnRegressor model = new KnnRegressor(data.featuresRowMajor(), data.targets(), data.featureCount(), k,
                KnnParams.metric(params), KnnParams.distanceWeights(params));
        return new KnnRegressionEngine(model, data.targetName());
    }
}
