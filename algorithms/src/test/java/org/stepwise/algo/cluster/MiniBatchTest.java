package org.stepwise.algo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/**
 * Mini-batch k-means (scikit-learn's {@code MiniBatchKMeans} update): its invariants, since its
 * batches come from our generator. With per-centroid counts and rate 1/count, a centroid that has
 * won rows is the mean of every batch row it ever won.
 */
class MiniBatchTest {

    private final KMeansFactory factory = new KMeansFactory();

    @Test
    void eachCentroidIsTheMeanOfTheBatchRowsItWon() {
        Dataset data = Generators.generate("blobs", new GeneratorOptions(500, 1.0, 4, 3));
        Engine<KMeansSnapshot> engine = factory.create(data, factory.defaults().with("algorithm", "minibatch")
                .with("nClusters", 4).with("batchSize", 30), 2);
        KMeansSnapshot start = engine.snapshot();
        int k = 4;
        double[][] sums = new double[k][2];
        int[] won = new int[k];
        StepResult result = StepResult.CONTINUE;
        int moves = 0;
        while (!result.isFinal()) {
            result = engine.step();
            KMeansSnapshot s = engine.snapshot();
            if (s.half() == HalfStep.ASSIGN) {
                assertThat(s.batchSize()).isEqualTo(30);
                assertThat(s.inertia()).isNaN();
                for (int b = 0; b < s.batchSize(); b++) {
                    int row = s.batchRow(b);
                    int c = s.label(row);
                    won[c]++;
                    sums[c][0] += data.feature(row, 0);
                    sums[c][1] += data.feature(row, 1);
                }
            } else if (s.half() == HalfStep.MOVE) {
                moves++;
                for (int c = 0; c < k; c++) {
                    for (int j = 0; j < 2; j++) {
                        double expected = won[c] == 0 ? start.centre(c, j) : sums[c][j] / won[c];
                        assertThat(s.centre(c, j)).as("centroid %d at move %d", c, moves).isCloseTo(expected, within(1e-9));
                    }
                }
            }
        }
        KMeansSnapshot end = engine.snapshot();
        assertThat(moves).isGreaterThan(2);
        assertThat(end.half()).isEqualTo(HalfStep.FINAL_ASSIGN);
        assertThat(end.labels()).doesNotContain(-1);
        assertThat(end.inertia()).isCloseTo(Centroids.inertia(data.featuresRowMajor(), 500, end.centres(), 2,
                end.labels()), within(1e-9));
        assertThat(end.nIter()).isEqualTo((int) Math.ceil(end.batches() * 30.0 / 500));
    }

    /** Mini-batch ends near Lloyd's answer on well separated blobs. */
    @Test
    void endsNearLloyd() {
        Dataset data = Generators.generate("blobs", new GeneratorOptions(600, 0.5, 3, 5));
        KMeansSnapshot lloyd = KMeansEngineTest.runToEnd(factory.create(data, factory.defaults(), 4));
        KMeansSnapshot batch = KMeansEngineTest.runToEnd(factory.create(data,
                factory.defaults().with("algorithm", "minibatch"), 4));
        assertThat(batch.inertia()).isBetween(lloyd.inertia(), lloyd.inertia() * 1.05);
    }
}
