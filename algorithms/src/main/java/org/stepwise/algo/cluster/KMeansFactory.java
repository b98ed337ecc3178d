package org.stepwise.algo.cluster;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.data.Dataset;

/**
 * k-means in half-steps, as scikit-learn 1.2.1's {@code KMeans(n_clusters, init, n_init=1,
 * algorithm="lloyd", max_iter, tol)} or, with {@code algorithm=minibatch},
 * {@code MiniBatchKMeans(batch_size)} (see {@link KMeansEngine}). Targets are ignored.
 */
public final class KMeansFactory implements EngineFactory<KMeansSnapshot> {

    @Override
    public List<ParamSpec<?>> params() { return KMeansParams.PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.UNLABELLED; }

    @Override
    public Engine<KMeansSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        KMeansParams.requirePlane(data, "k-means");
        int k = KMeansParams.nClusters(params, data);
        KMeansRun run = new KMeansRun(data.featuresRowMajor(), data.size(), data.featureCount(), k,
                params.choice("init"), KMeansParams.miniBatch(params), params.integer("batchSize"),
                params.integer("maxIter"), params.real("tol"));
        return new KMeansEngine(run, Randomness.generator(seed), true);
    }
}
