package org.stepwise.algo.neural;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.SklearnFixture;

/** scikit-learn's MLP weights from a fixture, in the neural module's layout. */
public final class SklearnWeights {

    private SklearnWeights() {
    }

    /**
     * {@code coefs_<when>} and {@code intercepts_<when>} ("before", "after") flattened layer after
     * layer as a {@link Sequential} of dense layers lays them out: W (inputs × outputs, row-major), then b.
     */
    public static double[] parameters(SklearnFixture fixture, String when) {
        double[][][] coefs = fixture.matrices("coefs_" + when);
        double[][] intercepts = fixture.matrix("intercepts_" + when);
        List<Double> values = new ArrayList<>();
        for (int layer = 0; layer < coefs.length; layer++) {
            for (double[] row : coefs[layer]) {
                for (double w : row) {
                    values.add(w);
                }
            }
            for (double b : intercepts[layer]) {
                values.add(b);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
