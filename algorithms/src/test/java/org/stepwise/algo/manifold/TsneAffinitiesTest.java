package org.stepwise.algo.manifold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.data.Dataset;

/** P against scikit-learn 1.2.1's _joint_probabilities and _joint_probabilities_nn, and P's invariants. */
class TsneAffinitiesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iris", "blobs10", "digits200", "iris_perplexity2_5"})
    void exactJointProbabilitiesEqualScikitLearn(String name) {
        SklearnFixture fixture = TsneFixtures.load(name);
        Dataset data = TsneFixtures.dataOf(fixture);
        int n = data.size();
        double[] joint = TsneAffinities.jointExact(data.featuresRowMajor(), n, data.featureCount(),
                fixture.number("perplexity"), new double[n]);
        double[] expected = TsneFixtures.flat(fixture.matrix("joint"));
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(joint[i * n + j]).as("P[%d][%d]", i, j).isCloseTo(expected[i * n + j], within(1e-8));
                assertThat(joint[i * n + j]).isEqualTo(joint[j * n + i]);
                sum += joint[i * n + j];
            }
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
    }

    /**
     * Over the nearest-neighbour graph, on data without tied distances: Digits' integer pixels tie
     * often, and scikit-learn's tree search orders tied neighbours its own way (ours by index).
     */
    @org.junit.jupiter.api.Test
    void neighbourJointProbabilitiesEqualScikitLearn() {
        SklearnFixture fixture = TsneFixtures.load("blobs10");
        Dataset data = TsneFixtures.dataOf(fixture);
        int n = data.size();
        double perplexity = fixture.number("perplexity");
        int k = TsneAffinities.neighbourCount(n, perplexity);
        double[] x = data.featuresRowMajor();
        int[] neighbours = TsneAffinities.nearestNeighbours(x, n, data.featureCount(), k);
        SparseAffinities joint = TsneAffinities.jointNeighbours(x, n, data.featureCount(), neighbours, k, perplexity,
                new double[n]);
        double[][] expected = fixture.matrix("joint_nn");
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(joint.get(i, j)).as("P[%d][%d]", i, j).isCloseTo(expected[i][j], within(1e-8));
                assertThat(joint.get(i, j)).isEqualTo(joint.get(j, i));
                sum += joint.get(i, j);
            }
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
    }

    /** Each point's Gaussian meets the perplexity: exp(H(Pᵢ)) = perplexity to the search's tolerance. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iris", "blobs10"})
    void everyRowMeetsThePerplexity(String name) {
        SklearnFixture fixture = TsneFixtures.load(name);
        Dataset data = TsneFixtures.dataOf(fixture);
        int n = data.size();
        double perplexity = fixture.number("perplexity");
        float[] d2 = TsneAffinities.squaredDistances(data.featuresRowMajor(), n, data.featureCount());
        double[] betas = new double[n];
        double[] p = TsneAffinities.conditional(d2, n, n, perplexity, false, betas);
        for (int i = 0; i < n; i++) {
            double entropy = 0;
            double total = 0;
            for (int j = 0; j < n; j++) {
                total += p[i * n + j];
                if (p[i * n + j] > 0) {
                    entropy -= p[i * n + j] * Math.log(p[i * n + j]);
                }
            }
            assertThat(total).isCloseTo(1.0, within(1e-12));
            assertThat(entropy).as("row %d", i).isCloseTo(Math.log(perplexity), within(2e-5));
        }
    }
}
