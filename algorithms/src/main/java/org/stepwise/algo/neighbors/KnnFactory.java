package org.stepwise.algo.neighbors;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * k-nearest-neighbours classification, one training point classified per step, as
 * scikit-learn's {@code KNeighborsClassifier(n_neighbors, weights, metric, p).fit(X, y).score(X, y)}
 * does it (see {@link KnnEngine}). The regression form is {@link KnnRegressionFactory}.
 */
public final class KnnFactory implements EngineFactory<KnnSnapshot> {

    @Override
    public List<ParamSpec<?>> params() { return KnnParams.PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<KnnSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        KnnParams.requirePoints(data);
        long present = Arrays.stream(data.labels()).distinct().count();
        if (present < 2) {
            throw new IllegalArgumentException("k-nearest neighbours needs points of at least two classes to tell "
                    + "apart; the data has only class '" + data.classNames().get(data.label(0)) + "'.");
        }
        int k = KnnParams.nNeighbors(params, data);
        KnnClassifier model = new KnnClassifier(data.featuresRowMajor(), data.labels(), data.featureCount(),
                data.classCount(), k, KnnParams.metric(params), KnnParams.distanceWeights(params));
        return new KnnEngine(model, data.classNames());
    }
}
