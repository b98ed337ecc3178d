package org.stepwise.algo.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.stepwise.algo.SklearnFixture;

/** A fitted tree compared node for node with a scikit-learn tree of the fixtures (tools/reference/*tree.py). */
final class TreeAssertions {

    private TreeAssertions() {
    }

    /**
     * The same nodes in scikit-learn's order (features, thresholds exactly; rows, weights, impurities
     * and values to {@code tolerance}), leaf count, depth and feature importances.
     */
    static void assertSameNodes(DecisionTree tree, SklearnFixture expected, double tolerance) {
        int[] order = tree.preorder();
        int[] features = expected.integers("feature");
        double[] thresholds = expected.vector("threshold");
        int[] samples = expected.integers("n_node_samples");
        double[] impurities = expected.vector("impurity");
        double[][] values = expected.matrix("value");
        double[] weights = expected.has("weighted_n_node_samples") ? expected.vector("weighted_n_node_samples") : null;
        assertThat(order).as("nodes").hasSize(features.length);
        for (int i = 0; i < order.length; i++) {
            int node = order[i];
            String at = "scikit-learn's node " + i;
            assertThat(tree.isLeaf(node)).as(at + " is a leaf").isEqualTo(features[i] < 0);
            if (features[i] >= 0) {
                assertThat(tree.feature(node)).as(at + " feature").isEqualTo(features[i]);
                assertThat(tree.threshold(node)).as(at + " threshold").isEqualTo(thresholds[i]);
            }
            assertThat(tree.samples(node)).as(at + " rows").isEqualTo(samples[i]);
            if (weights != null) {
                assertThat(tree.weight(node)).as(at + " weight").isCloseTo(weights[i], within(tolerance));
            }
            assertThat(tree.impurity(node)).as(at + " impurity").isCloseTo(impurities[i], within(tolerance));
            for (int c = 0; c < values[i].length; c++) {
                double value = tree.isClassifier() ? tree.classCount(node, c) : tree.mean(node);
                assertThat(value).as(at + " value").isCloseTo(values[i][c], within(tolerance));
            }
        }
        assertThat(tree.leafCount()).as("leaves").isEqualTo((int) expected.number("n_leaves"));
        assertThat(tree.maxDepth()).as("depth").isEqualTo((int) expected.number("depth"));
        double[] importances = tree.featureImportances();
        double[] reference = expected.vector("feature_importances");
        for (int f = 0; f < reference.length; f++) {
            assertThat(importances[f]).as("importance of feature %d", f).isCloseTo(reference[f], within(tolerance));
        }
    }
}
