package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The bias–variance lesson: many training sets drawn from one known function with noise, each
 * fitted with polynomials of every degree; the fits' mean gap from the function (bias²), their
 * spread (variance) and the noise add up to the expected test error. See {@link BiasVarianceEngine}.
 * The data is the lesson's own ({@link NoisySine}), so it takes no data set.
 */
public final class BiasVarianceFactory implements EngineFactory<BiasVarianceSnapshot> {

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.integer("degree", 3).between(1, BiasVarianceSetup.HIGHEST_DEGREE).label("Degree")
                    .help("the degree of the polynomial whose fits are drawn (every degree up to 10 is charted)"),
            ParamSpec.integer("trainSize", 20).between(2, 1000).label("Points per set")
                    .help("how many noisy points each training set has"),
            ParamSpec.real("noise", 0.3).between(0, 2).label("Noise σ")
                    .help("the standard deviation σ of the Gaussian noise on each target: noise = σ²"),
            ParamSpec.integer("sets", 50).between(2, 1000).label("Training sets")
                    .help("how many training sets are drawn and fitted, one a step"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.NONE; }

    @Override
    public Engine<BiasVarianceSnapshot> create(Dataset data, Params params, long seed) {
        return new BiasVarianceEngine(new BiasVarianceSetup(params.integer("degree"), params.integer("trainSize"),
                params.real("noise"), params.integer("sets")), seed);
    }
}
