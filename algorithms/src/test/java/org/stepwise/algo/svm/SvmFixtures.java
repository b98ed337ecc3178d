package org.stepwise.algo.svm;

import java.util.List;
import java.util.stream.Stream;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.data.Dataset;

/** The fits of tools/reference/svm.py: one fixture file per data set, fit0 .. fitN inside (each setting at tol 1e-3, then 1e-6). */
final class SvmFixtures {

    static final List<String> CLASSIFIERS = List.of("svm_moons", "svm_blobs3", "svm_iris2_jittered");
    static final List<String> REGRESSORS = List.of("svm_regression_sine");

    /** One fitted setting of one data set. */
    record Fit(SklearnFixture data, SklearnFixture fit) {
        Dataset dataset() { return data.dataset(); }

        double tol() { return fit.part("settings").number("tol"); }

        Params params(Params defaults) {
            SklearnFixture settings = fit.part("settings");
            Params params = defaults.with("tol", settings.number("tol"));
            if (settings.has("kernel")) {
                params = params.with("kernel", settings.text("kernel"));
            }
            if (settings.has("C")) {
                params = params.with("C", settings.number("C"));
            }
            if (settings.has("gamma")) {
                params = params.withText("gamma", settings.word("gamma"));
            }
            if (settings.has("degree")) {
                params = params.with("degree", (int) settings.number("degree"));
            }
            for (String real : List.of("coef0", "epsilon")) {
                if (settings.has(real)) {
                    params = params.with(real, settings.number(real));
                }
            }
            return params;
        }

        @Override
        public String toString() { return data.name() + ": " + fit.text("call"); }
    }

    private SvmFixtures() {
    }

    static SklearnFixture load(String name) { return SklearnFixture.load(SvmFixtures.class, name); }

    static Stream<Fit> fits(List<String> names) {
        return names.stream().map(SvmFixtures::load).flatMap(data -> data.fits().stream().map(fit -> new Fit(data, fit)));
    }
}
