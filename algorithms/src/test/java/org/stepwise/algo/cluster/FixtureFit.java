package org.stepwise.algo.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.stepwise.algo.SklearnFixture;

/**
 * One scikit-learn fit of one data set, from a fixture that holds the data and
 * {@code fit0 .. fit<fit_count - 1>} (the clustering scripts' format); named by its call.
 */
record FixtureFit(SklearnFixture data, SklearnFixture fit) {

    /** Every fit of every named fixture beside {@code near}. */
    static Stream<FixtureFit> all(Class<?> near, List<String> cases) {
        List<FixtureFit> fits = new ArrayList<>();
        for (String name : cases) {
            SklearnFixture data = SklearnFixture.load(near, name);
            for (int i = 0; i < (int) data.number("fit_count"); i++) {
                fits.add(new FixtureFit(data, data.part("fit" + i)));
            }
        }
        return fits.stream();
    }

    @Override
    public String toString() { return data.name() + ": " + fit.text("call"); }
}
