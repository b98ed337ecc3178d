package org.stepwise.algo.linear;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * Rosenblatt's perceptron, one sample per step, as scikit-learn 1.2.1's
 * {@code Perceptron(shuffle=False, tol=None, eta0, max_iter, fit_intercept)} (see
 * {@link PerceptronEngine}).
 */
public final class PerceptronFactory implements EngineFactory<PerceptronSnapshot> {

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.real("eta0", 1.0).between(1e-4, 100).logScale()
                    .help("the step η of each update w ← w + η·y·x; from w = 0 it scales w and b alike, "
                            + "so the line's path does not depend on it"),
            ParamSpec.integer("maxIter", 100).between(1, 10_000)
                    .help("the most epochs (passes over the data, in order); the run ends earlier "
                            + "after an epoch without a mistake"),
            ParamSpec.flag("fitIntercept", true)
                    .help("learn the intercept b (b ← b + η·y on a mistake); off, the line passes through the origin"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<PerceptronSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        long present = Arrays.stream(data.labels()).distinct().count();
        if (present < 2) {
            throw new IllegalArgumentException("The perceptron needs points of at least two classes; "
                    + "the data has only class '" + data.classNames().get(data.label(0)) + "'.");
        }
        return new PerceptronEngine(data, params.real("eta0"), params.integer("maxIter"),
                params.flag("fitIntercept"));
    }
}
