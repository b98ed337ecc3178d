package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainTestSplitTest {

    /** Rows whose single feature is their own index, so a split can be checked row by row. */
    private static Dataset numbered(int n, int classes) {
        double[][] x = new double[n][1];
        int[] labels = new int[n];
        List<String> names = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            names.add("c" + k);
        }
        for (int i = 0; i < n; i++) {
            x[i][0] = i;
            labels[i] = i * classes / n;
        }
        return Dataset.classification("numbered", x, labels, List.of("index"), names);
    }

    private static List<Integer> indices(Dataset part) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < part.size(); i++) {
            indices.add((int) part.feature(i, 0));
        }
        return indices;
    }

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classCount()];
        for (int label : data.labels()) {
            counts[label]++;
        }
        return counts;
    }

    @Test
    void testPartGetsTheCeilingAndTheTwoPartsPartitionTheRows() {
        Dataset data = numbered(101, 2);
        TrainTestSplit.Parts parts = TrainTestSplit.split(data, 0.25, 3, false);
        // ceil(0.25 * 101) = 26, as train_test_split
        assertThat(parts.test().size()).isEqualTo(26);
        assertThat(parts.train().size()).isEqualTo(75);
        List<Integer> all = new ArrayList<>(indices(parts.train()));
        all.addAll(indices(parts.test()));
        assertThat(all).doesNotHaveDuplicates().hasSize(101).allMatch(i -> i >= 0 && i < 101);
        for (int i = 0; i < parts.test().size(); i++) {
            int original = (int) parts.test().feature(i, 0);
            assertThat(parts.test().label(i)).isEqualTo(data.label(original));
        }
        assertThat(parts.train().classNames()).isEqualTo(data.classNames());
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        Dataset data = numbered(60, 3);
        TrainTestSplit.Parts parts = TrainTestSplit.split(data, 0.3, 7, false);
        assertThat(TrainTestSplit.split(data, 0.3, 7, false)).isEqualTo(parts);
        assertThat(indices(TrainTestSplit.split(data, 0.3, 8, false).test())).isNotEqualTo(indices(parts.test()));
        // shuffled: the test rows are not simply the first or last 18
        assertThat(indices(parts.test())).isNotEqualTo(indices(data.selectRows(range(0, 18))))
                .isNotEqualTo(indices(data.selectRows(range(42, 60))));
    }

    @Test
    void stratifiedSplitKeepsClassProportions() {
        Dataset iris = BuiltInDatasets.load("iris");
        TrainTestSplit.Parts parts = TrainTestSplit.split(iris, 0.2, 7, true);
        assertThat(parts.test().size()).isEqualTo(30);
        assertThat(classCounts(parts.test())).containsExactly(10, 10, 10);
        assertThat(classCounts(parts.train())).containsExactly(40, 40, 40);
        assertThat(TrainTestSplit.split(iris, 0.2, 7, true)).isEqualTo(parts);
    }

    @Test
    void stratifiedRemaindersGoToTheLargestFractions() {
        // 212 malignant, 357 benign; 143 test rows: 53.28 and 89.72 -> 53 and 90
        Dataset cancer = BuiltInDatasets.load("breast_cancer");
        TrainTestSplit.Parts parts = TrainTestSplit.split(cancer, 0.25, 0, true);
        assertThat(classCounts(parts.test())).containsExactly(53, 90);
        assertThat(classCounts(parts.train())).containsExactly(159, 267);
    }

    @Test
    void stratifiedPartsAreShuffledNotGroupedByClass() {
        TrainTestSplit.Parts parts = TrainTestSplit.split(numbered(200, 2), 0.5, 1, true);
        int[] labels = parts.test().labels();
        int changes = 0;
        for (int i = 1; i < labels.length; i++) {
            changes += labels[i] != labels[i - 1] ? 1 : 0;
        }
        assertThat(changes).isGreaterThan(20);
    }

    @Test
    void refusesWhatCannotBeSplit() {
        Dataset data = numbered(10, 2);
        assertThatThrownBy(() -> TrainTestSplit.split(data, 1.0, 0, false))
                .hasMessage("The test size must be a fraction more than 0 and less than 1; got 1.0.");
        assertThatThrownBy(() -> TrainTestSplit.split(data, 0, 0, false)).hasMessageContaining("more than 0 and less than 1");
        assertThatThrownBy(() -> TrainTestSplit.split(data, Double.NaN, 0, false)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> TrainTestSplit.split(numbered(2, 1), 0.6, 0, false))
                .hasMessageContaining("leaves no rows to train on");
        assertThatThrownBy(() -> TrainTestSplit.split(numbered(1, 1), 0.5, 0, false))
                .hasMessageContaining("leaves no rows to train on");
        Dataset regression = Dataset.regression("r", new double[][] {{1}, {2}, {3}}, new double[] {1, 2, 3},
                List.of("x"), "y");
        assertThatThrownBy(() -> TrainTestSplit.split(regression, 0.5, 0, true))
                .hasMessageContaining("Only classification data can be split by class");
        Dataset lonely = data.withRow(new double[] {10}, 1);
        Dataset single = Dataset.classification("s", new double[][] {{0}, {1}, {2}}, new int[] {0, 0, 1},
                List.of("x"), List.of("a", "b"));
        assertThatThrownBy(() -> TrainTestSplit.split(single, 0.3, 0, true))
                .hasMessage("A stratified split needs at least 2 rows of every class; class 'b' has 1.");
        assertThatThrownBy(() -> TrainTestSplit.split(lonely, 0.9, 0, true))
                .hasMessageContaining("leaves some class of numbered with no training row");
    }

    private static int[] range(int from, int to) {
        int[] rows = new int[to - from];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return rows;
    }
}
