package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrainTestSplitTest {

    @Test
    void stratifiedSplitKeepsClassProportionsAndEveryRow() {
        Dataset iris = BuiltInDatasets.load("iris");
        TrainTestSplit.Parts parts = TrainTestSplit.split(iris, 0.2, 7, true);
        assertThat(parts.test().size()).isEqualTo(30);
        assertThat(parts.train().size()).isEqualTo(120);
        int[] testCounts = new int[3];
        for (int label : parts.test().labels()) {
            testCounts[label]++;
        }
        assertThat(testCounts).containsExactly(10, 10, 10);
        assertThat(TrainTestSplit.split(iris, 0.2, 7, true).test()).isEqualTo(parts.test());
    }

    @Test
    void refusesBadFractions() {
        Dataset iris = BuiltInDatasets.load("iris");
        assertThatThrownBy(() -> TrainTestSplit.split(iris, 1.0, 0, false)).hasMessageContaining("(0, 1)");
    }
}
