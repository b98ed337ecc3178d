package org.stepwise.algo.svm;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * An ε-support vector regressor trained one SMO update per step, as scikit-learn 1.2.1's
 * {@code SVR(kernel, C, gamma, degree, coef0, epsilon, tol).fit(X, y)} (see {@link SvmEngine}).
 * The same parameters as {@link SvcFactory}; the data has a real target.
 */
public final class SvrFactory implements EngineFactory<SvmSnapshot> {

    private static final List<ParamSpec<?>> PARAMS = SvmParams.params();

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.REGRESSION; }

    @Override
    public Engine<SvmSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        SvmParams.requireRows(data);
        return new SvmEngine(new SvmData(data, SvmParams.kernel(params, data), params.real("C"),
                params.real("epsilon"), params.real("tol")));
    }
}
