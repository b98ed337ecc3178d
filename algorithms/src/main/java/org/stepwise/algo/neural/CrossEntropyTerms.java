package org.stepwise.algo.neural;

/** Small pieces both cross-entropies use. */
final class CrossEntropyTerms {

    private CrossEntropyTerms() {
    }

    /** x log y, taken as 0 when x = 0 (scipy's {@code xlogy}), so a zero target costs nothing. */
    static double xlogy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(y);
    }

    /** out[i] = scale (a[i] − y[i]) for i &lt; count. Modified: {@code out}. */
    static void difference(double[] a, double[] y, double[] out, int count, double scale) {
        for (int i = 0; i < count; i++) {
            out[i] = scale * (a[i] - y[i]);
        }
    }
}
