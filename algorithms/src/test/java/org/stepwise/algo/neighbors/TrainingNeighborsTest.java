package org.stepwise.algo.neighbors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each training point's k nearest others against visiting every point: the same rows in the
 * order (distance, row), itself left out by scikit-learn's rule, on points of a coarse integer
 * grid (many ties and duplicates) and of a continuous cloud, through the k-d tree (few features)
 * and the strip search (more).
 */
class TrainingNeighborsTest {

    @ParameterizedTest(name = "n={0}, d={1}, k={2}, grid={3}")
    @CsvSource({"400, 2, 5, true", "400, 2, 20, false", "300, 3, 7, true", "200, 4, 10, false", "300, 6, 8, true",
            "60, 2, 59, false"})
    void everyPointsNeighboursAreThoseOfAFullScan(int n, int d, int k, boolean grid) {
        Random random = new Random(n * 31L + d);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = grid ? random.nextInt(6) : random.nextGaussian();
        }
        int[] indices = new int[n * k];
        double[] distances = new double[n * k];
        new TrainingNeighbors(x, n, d, k).ofTraining(indices, distances);
        for (int i = 0; i < n; i++) {
            int[] expected = bruteForce(x, n, d, k, i);
            assertThat(Arrays.copyOfRange(indices, i * k, (i + 1) * k)).as("point %d", i).containsExactly(expected);
            for (int j = 0; j < k; j++) {
                assertThat(distances[i * k + j]).isEqualTo(Math.sqrt(squared(x, d, i, expected[j])));
            }
        }
    }

    private static int[] bruteForce(double[] x, int n, int d, int k, int i) {
        Integer[] order = new Integer[n];
        for (int r = 0; r < n; r++) {
            order[r] = r;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(r -> squared(x, d, i, r)).thenComparingInt(r -> r));
        int[] first = new int[k + 1];
        for (int j = 0; j <= k; j++) {
            first[j] = order[j];
        }
        int skip = 0;
        while (skip <= k && first[skip] != i) {
            skip++;
        }
        if (skip > k) {
            skip = 0;
        }
        int[] result = new int[k];
        for (int j = 0, out = 0; j <= k; j++) {
            if (j != skip) {
                result[out++] = first[j];
            }
        }
        return result;
    }

    private static double squared(double[] x, int d, int a, int b) {
        double r = 0;
        for (int j = 0; j < d; j++) {
            double t = x[a * d + j] - x[b * d + j];
            r += t * t;
        }
        return r;
    }
}
