package org.stepwise.algo.anomaly;

/**
 * c(n), the average path length of an unsuccessful search in a binary search tree of n points
 * (Liu, Ting &amp; Zhou, "Isolation Forest", ICDM 2008, eq. 1), as scikit-learn 1.2.1's
 * {@code _average_path_length}: 0 for n ≤ 1, 1 for n = 2, else 2(ln(n − 1) + γ) − 2(n − 1)/n.
 * It normalises path lengths, and it is added at a leaf still holding n points, standing for the
 * subtree that was not grown.
 */
public final class PathLength {

    private static final double EULER_GAMMA = 0.5772156649015329;

    private PathLength() {
    }

    public static double average(int n) {
        if (n <= 1) {
            return 0;
        }
        if (n == 2) {
            return 1;
        }
        return 2.0 * (Math.log(n - 1.0) + EULER_GAMMA) - 2.0 * (n - 1.0) / n;
    }
}
