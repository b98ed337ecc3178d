package org.stepwise.algo.svm;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * A C-support vector classifier trained one SMO update per step, as scikit-learn 1.2.1's
 * {@code SVC(kernel, C, gamma, degree, coef0, tol).fit(X, y)} (see {@link SvmEngine}); more than
 * two classes one-vs-one. The regression form is {@link SvrFactory}.
 */
public final class SvcFactory implements EngineFactory<SvmSnapshot> {

    private static final List<ParamSpec<?>> PARAMS = SvmParams.params();

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<SvmSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        SvmParams.requireRows(data);
        if (Arrays.stream(data.labels()).distinct().count() < 2) {
            throw new IllegalArgumentException("A support vector classifier needs points of at least two classes to"
                    + " separate; the data has only class '" + data.classNames().get(data.label(0)) + "'.");
        }
        return new SvmEngine(new SvmData(data, SvmParams.kernel(params, data), params.real("C"),
                params.real("epsilon"), params.real("tol")));
    }
}
