package org.stepwise.algo.svm;

import java.util.List;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The parameters both SVM factories declare, named and defaulted as scikit-learn 1.2.1's
 * {@code SVC} / {@code SVR}: {@code kernel="rbf"}, {@code C=1.0}, {@code gamma="scale"} (1 /
 * (n_features · X.var()), or 1 when X is constant; "auto": 1 / n_features; or a number above 0),
 * {@code degree=3}, {@code coef0=0.0}, {@code epsilon=0.1} (SVR's tube; SVC ignores it) and
 * {@code tol=1e-3}.
 */
final class SvmParams {

    private SvmParams() {
    }

    static List<ParamSpec<?>> params() {
        return List.of(
                ParamSpec.choice("kernel", "rbf", SvmKernel.NAMES)
                        .optionLabels("Linear", "Polynomial", "RBF (Gaussian)", "Sigmoid")
                        .help("k(x, x'): linear ⟨x, x'⟩, poly (γ⟨x, x'⟩ + r)^d, rbf exp(−γ‖x − x'‖²),"
                                + " sigmoid tanh(γ⟨x, x'⟩ + r)"),
                ParamSpec.real("C", 1.0).greaterThan(0).atMost(10_000).logScale().label("C (box)")
                        .help("the box 0 ≤ α ≤ C: large C punishes margin violations hard, small C allows many"),
                ParamSpec.choice("gamma", "scale", List.of("scale", "auto")).orNumberAbove(0)
                        .optionLabels("scale: 1/(d·Var X)", "auto: 1/d").label("γ (gamma)")
                        .appliesWhen(p -> !p.choice("kernel").equals("linear"), "The linear kernel has no γ")
                        .help("the kernel's γ: scale = 1/(n_features·X.var()), auto = 1/n_features, or a number above 0"),
                ParamSpec.integer("degree", 3).between(0, 10).label("Degree d")
                        .appliesWhen(p -> p.choice("kernel").equals("poly"), "Only for the polynomial kernel")
                        .help("the polynomial kernel's power d"),
                ParamSpec.real("coef0", 0.0).between(-100, 100).label("r (coef0)")
                        .appliesWhen(p -> p.choice("kernel").equals("poly") || p.choice("kernel").equals("sigmoid"),
                                "Only for the polynomial and sigmoid kernels")
                        .help("the constant r of the polynomial and sigmoid kernels"),
                ParamSpec.real("epsilon", 0.1).between(0, 100).label("ε (tube)")
                        .appliesWhen(SvmParams::regressing, "Only for regression (svr)")
                        .help("SVR's tube: points within ε of the curve cost nothing and are not support vectors"),
                ParamSpec.real("tol", 1e-3).between(1e-12, 1).logScale().label("Tolerance")
                        .help("SMO stops when the largest KKT violation m(α) − M(α) is below tol"));
    }

    /** Whether the task (when there is one) is regression: epsilon applies. */
    private static boolean regressing(Params params) {
        return params.values().containsKey("task") && params.spec("task").options().get(1).equals(params.choice("task"));
    }

    /** The kernel with γ resolved on the training rows, as scikit-learn's {@code BaseLibSVM.fit}. */
    static SvmKernel kernel(Params params, Dataset data) {
        return new SvmKernel(params.choice("kernel"), gamma(params.choice("gamma"), data), params.integer("degree"),
                params.real("coef0"));
    }

    /** "scale": 1 / (n_features · X.var()) (1 when X.var() is 0); "auto": 1 / n_features; else the number. */
    static double gamma(String gamma, Dataset data) {
        int d = data.featureCount();
        if (gamma.equals("auto")) {
            return 1.0 / d;
        }
        if (!gamma.equals("scale")) {
            return Double.parseDouble(gamma);
        }
        double[] x = data.featuresRowMajor();
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double variance = 0;
        for (double v : x) {
            variance += (v - mean) * (v - mean);
        }
        variance /= x.length;
        return variance != 0 ? 1.0 / (d * variance) : 1.0;
    }

    /** Refuses an empty data set. */
    static void requireRows(Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
    }
}
