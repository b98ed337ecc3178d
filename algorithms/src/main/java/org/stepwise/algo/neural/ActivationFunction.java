package org.stepwise.algo.neural;

/**
 * Element-wise activation functions a = f(z) and their derivatives f′(z), with loops over flat
 * arrays ({@link #apply}, {@link #backward}); a run that uses one or two functions has f inlined
 * in them by the JIT's type profile. Formulas:
 * ReLU max(0, z); leaky ReLU z or 0.01 z (Maas et al. 2013); ELU z or eᶻ − 1 (Clevert et al.
 * 2016, α = 1); GELU z Φ(z) in the tanh form of Hendrycks &amp; Gimpel (2016),
 * ½ z (1 + tanh(√(2/π)(z + 0.044715 z³))), as PyTorch's {@code approximate="tanh"}; Swish/SiLU
 * z σ(z) (Ramachandran et al. 2017); tanh; the logistic sigmoid σ(z) = 1 / (1 + e^−z); linear
 * (identity). Softmax mixes a row, so it is its own layer ({@link Softmax}).
 */
public enum ActivationFunction {
    RELU("ReLU") {
        @Override
        public double value(double z) { return Math.max(z, 0); } // branch-free; NaN stays NaN

        @Override
        public double derivative(double z, double a) { return z > 0 ? 1 : 0; }

        @Override
        public void apply(double[] z, double[] a, int count) {
            for (int i = 0; i < count; i++) {
                a[i] = Math.max(z[i], 0);
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] ga, double[] gz, int count) {
            for (int i = 0; i < count; i++) {
                gz[i] = z[i] > 0 ? ga[i] : 0;
            }
        }
    },
    LEAKY_RELU("leaky ReLU") {
        @Override
        public double value(double z) { return z > 0 ? z : LEAK * z; }

        @Override
        public double derivative(double z, double a) { return z > 0 ? 1 : LEAK; }
    },
    ELU("ELU") {
        @Override
        public double value(double z) { return z > 0 ? z : Math.expm1(z); }

        @Override
        public double derivative(double z, double a) { return z > 0 ? 1 : a + 1; }
    },
    GELU("GELU") {
        @Override
        public double value(double z) {
            return 0.5 * z * (1 + Math.tanh(GELU_SCALE * (z + GELU_CUBIC * z * z * z)));
        }

        @Override
        public double derivative(double z, double a) {
            double t = Math.tanh(GELU_SCALE * (z + GELU_CUBIC * z * z * z));
            return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * GELU_SCALE * (1 + 3 * GELU_CUBIC * z * z);
        }
    },
    SWISH("Swish") {
        @Override
        public double value(double z) { return z * sigmoid(z); }

        @Override
        public double derivative(double z, double a) {
            double s = sigmoid(z);
            return s * (1 + z * (1 - s));
        }
    },
    TANH("tanh") {
        @Override
        public double value(double z) { return Math.tanh(z); }

        @Override
        public double derivative(double z, double a) { return 1 - a * a; }
    },
    SIGMOID("sigmoid") {
        @Override
        public double value(double z) { return sigmoid(z); }

        @Override
        public double derivative(double z, double a) { return a * (1 - a); }
    },
    LINEAR("linear") {
        @Override
        public double value(double z) { return z; }

        @Override
        public double derivative(double z, double a) { return 1; }
    };

    private static final double LEAK = 0.01;
    private static final double GELU_SCALE = Math.sqrt(2 / Math.PI);
    private static final double GELU_CUBIC = 0.044715;

    private final String label;

    ActivationFunction(String label) {
        this.label = label;
    }

    /** f(z). */
    public abstract double value(double z);

    /** f′(z), given also a = f(z) (tanh, the sigmoid and ELU read it instead of recomputing f). */
    public abstract double derivative(double z, double a);

    /** The name a learner reads. */
    public String label() { return label; }

    /** σ(z), without overflow for large |z|. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** a[i] = f(z[i]) for i &lt; count. Modified: {@code a}. */
    public void apply(double[] z, double[] a, int count) {
        for (int i = 0; i < count; i++) {
            a[i] = value(z[i]);
        }
    }

    /** gz[i] = ga[i] f′(z[i]) for i &lt; count. Modified: {@code gz}. */
    public void backward(double[] z, double[] a, double[] ga, double[] gz, int count) {
        for (int i = 0; i < count; i++) {
            gz[i] = ga[i] * derivative(z[i], a[i]);
        }
    }
}
