package org.stepwise.algo.neighbors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pruned search against the plainest search there is: every training point's reduced
 * distance in row order, sorted by (distance, row), the first k taken. Data full of exact ties
 * (small integers: many points at the same distance, and duplicates), and of near-ties (tenths,
 * whose sums round differently in another order), for every metric, k from 1 to n, both weightings,
 * few features and more than {@link NeighborSearch#LEADING}.
 */
class NeighborSearchTest {

    private static final List<NeighborMetric> METRICS = List.of(NeighborMetric.of("euclidean", 2),
            NeighborMetric.of("manhattan", 1), NeighborMetric.of("minkowski", 3), NeighborMetric.of("minkowski", 1.5),
            NeighborMetric.of("chebyshev", 2));

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (NeighborMetric metric : METRICS) {
            for (int d : new int[] {1, 2, 3, 7, NeighborSearch.LEADING + 9}) {
                cases.add(Arguments.of(metric, d, 1.0));
                cases.add(Arguments.of(metric, d, 0.1));
            }
        }
        return cases.stream();
    }

    /**
     * n × d values, each a whole number 0 .. 3 times {@code unit}, the j-th feature's scaled by j + 1
     * so that the features' variances differ from their order.
     */
    private static double[] grid(Random random, int n, int d, double unit) {
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = random.nextInt(4) * unit * (j % 3 + 1);
            }
        }
        return x;
    }

    /** The k nearest by visiting every point: rows, then distances. */
    private static int[] bruteForce(double[] x, int n, int d, int k, NeighborMetric metric, double[] query, int at) {
        double[] reduced = new double[n];
        for (int i = 0; i < n; i++) {
            reduced[i] = metric.reduced(query, at, x, i * d, d);
        }
        return IntStream.range(0, n).boxed().sorted(Comparator.<Integer>comparingDouble(i -> reduced[i])
                .thenComparingInt(i -> i)).limit(k).mapToInt(Integer::intValue).toArray();
    }

    @ParameterizedTest(name = "{0}, {1} features, unit {2}")
    @MethodSource("cases")
    void findsTheNeighboursEveryPointVisitedFinds(NeighborMetric metric, int d, double unit) {
        Random random = new Random(d * 31L + metric.describe().hashCode());
        int n = 24;
        double[] x = grid(random, n, d, unit);
        int[] labels = random.ints(n, 0, 3).toArray();
        double[] targets = random.doubles(n).toArray();
        // The training points themselves, then points among and around them.
        double[] queries = new double[2 * n * d];
        System.arraycopy(x, 0, queries, 0, n * d);
        System.arraycopy(grid(random, n, d, unit / 2), 0, queries, n * d, n * d);
        int count = 2 * n;
        for (int k = 1; k <= n; k++) {
            for (boolean distanceWeights : new boolean[] {false, true}) {
                KnnClassifier classifier = new KnnClassifier(x, labels, d, 3, k, metric, distanceWeights);
                KnnRegressor regressor = new KnnRegressor(x, targets, d, k, metric, distanceWeights);
                double[] probabilities = new double[count * 3];
                classifier.predictProbabilities(queries, count, probabilities);
                double[] predictions = new double[count];
                regressor.predict(queries, count, predictions);
                int[] indices = new int[k];
                double[] distances = new double[k];
                double[] weights = new double[k];
                double[] expectedVotes = new double[3];
                for (int q = 0; q < count; q++) {
                    int[] expected = bruteForce(x, n, d, k, metric, queries, q * d);
                    classifier.kneighbors(queries, q * d, indices, distances);
                    String where = String.format("%s, d %d, k %d, query %d", metric, d, k, q);
                    assertThat(indices).as(where).containsExactly(expected);
                    for (int i = 0; i < k; i++) {
                        assertThat(distances[i]).as(where).isEqualTo(metric.distance(queries, q * d, x, expected[i] * d, d));
                    }
                    if (d == 2) {
                        classifier.kneighbors(queries[2 * q], queries[2 * q + 1], indices, distances);
                        assertThat(indices).as("the two-feature form, " + where).containsExactly(expected);
                    }
                    classifier.kneighbors(queries, q * d, indices, distances);
                    classifier.vote(indices, distances, weights, expectedVotes, 0);
                    for (int c = 0; c < 3; c++) {
                        assertThat(probabilities[q * 3 + c]).as(where).isEqualTo(expectedVotes[c]);
                    }
                    assertThat(predictions[q]).as(where).isEqualTo(regressor.estimate(expected, distances, weights));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metrics")
    void aPredictSplitAcrossTheCoresIsThePredictOfEachPoint(NeighborMetric metric) {
        Random random = new Random(7);
        int n = 600;
        int d = 6;
        double[] x = grid(random, n, d, 1);
        int[] labels = random.ints(n, 0, 4).toArray();
        KnnClassifier model = new KnnClassifier(x, labels, d, 4, 5, metric, false);
        assertThat(model.worthSplitting(n)).as("the predict of %d points is split", n).isTrue();
        int[] together = new int[n];
        model.predict(x, n, together, new double[4]);
        int[] alone = new int[1];
        for (int i = 0; i < n; i++) {
            model.predict(Arrays.copyOfRange(x, i * d, i * d + d), 1, alone, new double[4]);
            assertThat(together[i]).as("class of point %d", i).isEqualTo(alone[0]);
        }
    }

    static Stream<NeighborMetric> metrics() { return METRICS.stream(); }
}
