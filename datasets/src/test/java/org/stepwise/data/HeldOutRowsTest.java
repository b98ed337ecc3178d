package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The data option "test size": rows marked held out, kept through edits, left out of training. */
class HeldOutRowsTest {

    private static Dataset five() {
        double[][] x = {{0, 10}, {1, 11}, {2, 12}, {3, 13}, {4, 14}};
        return Dataset.classification("five", x, new int[] {0, 1, 0, 1, 0}, List.of("a", "b"), List.of("p", "q"));
    }

    private static final boolean[] SECOND_AND_LAST = {false, true, false, false, true};

    @Test
    void trainingLeavesOutTheHeldOutRowsInOrderAndHeldOutHasOnlyThem() {
        Dataset data = five().withHeldOut(SECOND_AND_LAST);

        assertThat(data.size()).isEqualTo(5);
        assertThat(data.heldOutCount()).isEqualTo(2);
        assertThat(data.training().featuresRowMajor()).containsExactly(0, 10, 2, 12, 3, 13);
        assertThat(data.training().heldOutCount()).isZero();
        assertThat(data.heldOut().featuresRowMajor()).containsExactly(1, 11, 4, 14);
        assertThat(data.trainingRow(0)).isZero();
        assertThat(data.trainingRow(1)).isEqualTo(2);
        assertThat(data.trainingRow(2)).isEqualTo(3);
        assertThatThrownBy(() -> data.trainingRow(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void withoutMarksTrainingIsTheDataItselfAndNothingIsHeldOut() {
        Dataset data = five();

        assertThat(data.training()).isSameAs(data);
        assertThat(data.heldOut().size()).isZero();
        assertThat(data.withHeldOut(new boolean[5])).isEqualTo(data);
        assertThat(data.withHeldOut(SECOND_AND_LAST)).isNotEqualTo(data);
    }

    @Test
    void marksFollowTheRowsThroughEdits() {
        Dataset data = five().withHeldOut(SECOND_AND_LAST);

        assertThat(data.withRow(new double[] {9, 9}, 1).heldOutMask()).containsExactly(false, true, false, false, true, false);
        assertThat(data.withoutRow(1).heldOutMask()).containsExactly(false, false, false, true);
        assertThat(data.withoutRow(1).withoutRow(3).heldOutCount()).isZero();
        assertThat(data.withRowMoved(4, new double[] {7, 7}).isHeldOut(4)).isTrue();
        assertThat(data.selectFeatures(1).heldOutMask()).containsExactly(SECOND_AND_LAST);
        assertThat(data.renamed("other").heldOutCount()).isEqualTo(2);
        assertThat(data.selectRows(new int[] {4, 0}).heldOutMask()).containsExactly(true, false);
        assertThat(data.toString()).contains("2 held out");
    }

    @Test
    void aMaskOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> five().withHeldOut(new boolean[4]))
                .hasMessage("a held-out mask needs 5 entries; got 4");
    }

    @Test
    void holdOutMarksTheSeededStratifiedTestPartOfTheSameRows() {
        Dataset iris = BuiltInDatasets.load("iris");

        Dataset marked = TrainTestSplit.holdOut(iris, 0.2, 7);

        assertThat(marked.heldOutCount()).isEqualTo(30);
        assertThat(marked.withHeldOut(null)).isEqualTo(iris);
        assertThat(marked.heldOut().featuresRowMajor())
                .containsExactlyInAnyOrder(TrainTestSplit.split(iris, 0.2, 7, true).test().featuresRowMajor());
        int[] perClass = new int[3];
        for (int label : marked.heldOut().labels()) {
            perClass[label]++;
        }
        assertThat(perClass).containsExactly(10, 10, 10);
        assertThat(TrainTestSplit.holdOut(iris, 0.2, 7)).isEqualTo(marked);
        assertThat(TrainTestSplit.holdOut(iris, 0.2, 8)).isNotEqualTo(marked);
        assertThat(TrainTestSplit.holdOut(iris, 0, 7)).isEqualTo(iris);
    }

    @Test
    void standardizingFitsOnTheTrainingRowsOnlyAndKeepsTheMarks() {
        Dataset data = five().withHeldOut(SECOND_AND_LAST);

        Dataset scaled = Standardizer.standardized(data);

        // training rows' first column 0, 2, 3: mean 5/3, population sd sqrt(14/9)
        double mean = 5.0 / 3;
        double sd = Math.sqrt(14.0 / 9);
        assertThat(scaled.feature(1, 0)).isCloseTo((1 - mean) / sd, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(scaled.feature(4, 0)).isCloseTo((4 - mean) / sd, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(scaled.heldOutMask()).containsExactly(SECOND_AND_LAST);
        double trainingSum = 0;
        for (int i = 0; i < scaled.training().size(); i++) {
            trainingSum += scaled.training().feature(i, 0);
        }
        assertThat(trainingSum).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-12));
    }
}
