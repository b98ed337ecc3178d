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
 * A Gaussian mixture by EM in half-steps, as scikit-learn 1.2.1's {@code GaussianMixture(n_components,
 * covariance_type, reg_covar, max_iter, tol, n_init=1)} (see {@link GmmEngine}). Targets are ignored.
 */
public final class GmmFactory implements EngineFactory<GmmSnapshot> {

    @Override
    public List<ParamSpec<?>> params() { return GmmParams.PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.UNLABELLED; }

    @Override
    public Engine<GmmSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        KMeansParams.requirePlane(data, "A Gaussian mixture");
        int k = GmmParams.nComponents(params, data);
        GmmRun run = new GmmRun(data.featuresRowMajor(), data.size(), data.featureCount(), k,
                CovarianceType.of(params.choice("covarianceType")), params.real("regCovar"),
                params.integer("maxIter"), params.real("tol"));
        double[] resp = GmmInit.responsibilities(params.choice("init"), run.x(), run.n(), run.d(), k,
                Randomness.generator(seed));
        return new GmmEngine(run, resp);
    }
}
