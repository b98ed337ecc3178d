package org.stepwise.algo.manifold;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/** The fixtures of tools/reference/tsne.py and the data each was computed on. */
final class TsneFixtures {

    private TsneFixtures() {
    }

    static SklearnFixture load(String name) { return SklearnFixture.load(TsneFixtures.class, "tsne_" + name); }

    /** The fixture's data: the first rows of a built-in set, or its own x. */
    static Dataset dataOf(SklearnFixture fixture) {
        if (fixture.has("dataset")) {
            Dataset all = BuiltInDatasets.load(fixture.text("dataset"));
            int rows = (int) fixture.number("rows");
            int[] first = new int[rows];
            for (int i = 0; i < rows; i++) {
                first[i] = i;
            }
            return rows == all.size() ? all : all.selectRows(first);
        }
        double[][] x = fixture.matrix("x");
        List<String> names = new ArrayList<>();
        for (int f = 0; f < x[0].length; f++) {
            names.add("x" + (f + 1));
        }
        return Dataset.regression(fixture.name(), x, new double[x.length], names, "y");
    }

    static double[] flat(double[][] rows) {
        double[] out = new double[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * rows[i].length, rows[i].length);
        }
        return out;
    }
}
