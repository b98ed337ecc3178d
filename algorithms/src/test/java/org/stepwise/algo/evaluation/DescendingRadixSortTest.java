package org.stepwise.algo.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Randomness;

class DescendingRadixSortTest {

    @Test
    void sortsLikeArraysSortReversedAndCarriesLabels() {
        RandomGenerator random = Randomness.generator(7);
        int n = 5000;
        double[] scores = new double[n];
        long[] keys = new long[n];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            scores[i] = i % 7 == 0 ? Math.round(random.nextGaussian() * 4) : random.nextGaussian() * Math.pow(10, random.nextInt(-5, 5));
            keys[i] = DescendingRadixSort.key(scores[i]);
            labels[i] = (byte) (Double.hashCode(scores[i]) & 1);
        }
        DescendingRadixSort.sort(keys, labels);
        double[] expected = scores.clone();
        Arrays.sort(expected);
        for (int i = 0; i < n; i++) {
            double s = DescendingRadixSort.score(keys[i]);
            assertEquals(expected[n - 1 - i], s, 0.0, "rank " + i);
            assertEquals(Double.hashCode(s) & 1, labels[i], "label follows its score at rank " + i);
        }
    }

    @Test
    void keysRoundTrip() {
        for (double s : new double[] {0.0, -0.0, 1e-300, -1e-300, 0.5, -2.5, Double.MAX_VALUE, -Double.MAX_VALUE}) {
            assertEquals(Double.doubleToLongBits(s), Double.doubleToLongBits(DescendingRadixSort.score(DescendingRadixSort.key(s))));
        }
    }

    /** Above the size where passes split over the cores: still sorted, and stable (ties keep their rows' order). */
    @Test
    void aLargeSortSplitOverTheCoresIsSortedAndStable() {
        RandomGenerator random = Randomness.generator(11);
        int n = 3 * DescendingRadixSort.PARALLEL_FROM + 17;
        double[] scores = new double[n];
        long[] keys = new long[n];
        byte[] labels = new byte[n];
        java.util.Map<Double, StringBuilder> labelsByScore = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            scores[i] = i % 2 == 0 ? random.nextInt(500) / 500.0 : random.nextDouble() - 0.3;
            keys[i] = DescendingRadixSort.key(scores[i]);
            labels[i] = (byte) random.nextInt(2);
            labelsByScore.computeIfAbsent(scores[i], k -> new StringBuilder()).append(labels[i]);
        }
        DescendingRadixSort.sort(keys, labels);
        double[] expected = scores.clone();
        Arrays.sort(expected);
        java.util.Map<Double, StringBuilder> sortedLabels = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            double s = DescendingRadixSort.score(keys[i]);
            assertEquals(expected[n - 1 - i], s, 0.0, "rank " + i);
            sortedLabels.computeIfAbsent(s, k -> new StringBuilder()).append(labels[i]);
        }
        for (var entry : labelsByScore.entrySet()) {
            assertEquals(entry.getValue().toString(), sortedLabels.get(entry.getKey()).toString(),
                    "labels of the rows scoring " + entry.getKey() + " in their rows' order");
        }
    }
}
