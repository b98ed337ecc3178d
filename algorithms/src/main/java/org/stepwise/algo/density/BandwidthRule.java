package org.stepwise.algo.density;

/**
 * The bandwidth parameter's values as scikit-learn 1.2.1's {@code KernelDensity.fit} reads them:
 * a number as given, or a rule of the point count n and the dimension d alone,
 * <ul>
 * <li>{@code scott}: h = n^(−1/(d+4));</li>
 * <li>{@code silverman}: h = (n (d + 2) / 4)^(−1/(d+4)).</li>
 * </ul>
 * These are the textbook rules for data of unit standard deviation: Scott (1992) and Silverman
 * (1986) multiply them by the data's spread σ (Silverman's 1-D rule of thumb,
 * 0.9 min(σ, IQR/1.34) n^(−1/5), also guards against heavy tails). scikit-learn does not, so its
 * rules give the same h for data in metres and in millimetres; the card says so.
 */
public final class BandwidthRule {

    private BandwidthRule() {
    }

    public static double scott(int n, int d) {
        return Math.pow(n, -1.0 / (d + 4));
    }

    public static double silverman(int n, int d) {
        return Math.pow(n * (d + 2) / 4.0, -1.0 / (d + 4));
    }

    /**
     * The bandwidth that {@code value} ("scott", "silverman" or a positive number's text) names
     * for n points of d features.
     *
     * @throws IllegalArgumentException when it is none of these
     */
    public static double resolve(String value, int n, int d) {
        return switch (value) {
            case "scott" -> scott(n, d);
            case "silverman" -> silverman(n, d);
            default -> {
                double h = Double.parseDouble(value);
                if (!(h > 0) || Double.isInfinite(h)) {
                    throw new IllegalArgumentException("The bandwidth must be a positive number, 'scott' or 'silverman'; got "
                            + value + ".");
                }
                yield h;
            }
        };
    }
}
