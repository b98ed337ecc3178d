package org.stepwise.algo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.Randomness;

/**
 * k-means++ seeding (scikit-learn's {@code _kmeans_plusplus}): its properties, not numpy's random
 * stream. Centres are data rows; later centres favour far points in proportion to D², which is not
 * the farthest-first rule.
 */
class KMeansInitTest {

    /** n points in a tight square near the origin, then {@code extra} rows at the given places. */
    private static double[] cloud(int n, double[]... extra) {
        double[] x = new double[(n + extra.length) * 2];
        for (int i = 0; i < n; i++) {
            x[2 * i] = (i % 10) * 0.01;
            x[2 * i + 1] = (i / 10) * 0.01;
        }
        for (int e = 0; e < extra.length; e++) {
            x[2 * (n + e)] = extra[e][0];
            x[2 * (n + e) + 1] = extra[e][1];
        }
        return x;
    }

    @Test
    void firstRowsAndRandomRowsAreRows() {
        double[] x = cloud(50);
        assertThat(KMeansInit.rows("first", x, 50, 2, 3, Randomness.generator(1))).containsExactly(0, 1, 2);
        for (int seed = 0; seed < 20; seed++) {
            int[] rows = KMeansInit.rows("random", x, 50, 2, 5, Randomness.generator(seed));
            assertThat(rows).doesNotHaveDuplicates();
            assertThat(java.util.Arrays.stream(rows).allMatch(r -> r >= 0 && r < 50)).isTrue();
        }
    }

    /** A lone far point is almost surely the second centre: its D² is most of the total. */
    @Test
    void laterCentresFavourFarPoints() {
        double[] x = cloud(100, new double[] {50, 50});
        int far = 0;
        for (int seed = 0; seed < 100; seed++) {
            int[] rows = KMeansInit.rows("k-means++", x, 101, 2, 2, Randomness.generator(seed));
            assertThat(rows[0]).isBetween(0, 100);
            if (rows[0] != 100 && rows[1] == 100) {
                far++;
            }
        }
        assertThat(far).isGreaterThanOrEqualTo(95);
    }

    /**
     * Sampling, not farthest-first: a single outlier at distance 20 beside 100 points at distance 19
     * (a D² share of about 1 %) is rarely the second centre, where farthest-first would always take it.
     */
    @Test
    void itSamplesRatherThanTakingTheFarthest() {
        double[][] group = new double[100][];
        for (int i = 0; i < 100; i++) {
            group[i] = new double[] {19 + (i % 10) * 0.001, (i / 10) * 0.001};
        }
        double[][] extra = new double[101][];
        System.arraycopy(group, 0, extra, 0, 100);
        extra[100] = new double[] {0, 20};
        double[] x = cloud(100, extra);
        int outlier = 0;
        int group19 = 0;
        for (int seed = 0; seed < 200; seed++) {
            int[] rows = KMeansInit.rows("k-means++", x, 201, 2, 2, Randomness.generator(seed));
            if (rows[0] < 100) {
                if (rows[1] == 200) {
                    outlier++;
                } else if (rows[1] >= 100) {
                    group19++;
                }
            }
        }
        assertThat(group19).isGreaterThan(10 * Math.max(1, outlier));
    }

    @Test
    void sameSeedSameCentres() {
        double[] x = cloud(100, new double[] {5, 5}, new double[] {-5, 3});
        assertThat(KMeansInit.rows("k-means++", x, 102, 2, 4, Randomness.generator(9)))
                .containsExactly(KMeansInit.rows("k-means++", x, 102, 2, 4, Randomness.generator(9)));
    }
}
