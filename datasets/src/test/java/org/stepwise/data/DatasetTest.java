package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private final Dataset data = Dataset.classification("t", new double[][] {{0, 1}, {2, 3}, {4, 5}},
            new int[] {0, 1, 0}, List.of("x1", "x2"), List.of("a", "b"));

    @Test
    void editsReturnNewDataAndKeepTheOriginal() {
        Dataset added = data.withRow(new double[] {6, 7}, 1);
        assertThat(added.size()).isEqualTo(4);
        assertThat(added.label(3)).isEqualTo(1);
        Dataset removed = added.withoutRow(1);
        assertThat(removed.row(1)).containsExactly(4, 5);
        Dataset moved = data.withRowMoved(0, new double[] {9, 9});
        assertThat(moved.row(0)).containsExactly(9, 9);
        assertThat(data.row(0)).containsExactly(0, 1);
        assertThat(data.size()).isEqualTo(3);
    }

    @Test
    void selectsFeaturesAndRows() {
        assertThat(data.selectFeatures(1).row(2)).containsExactly(5);
        assertThat(data.selectFeatures(1).featureNames()).containsExactly("x2");
        assertThat(data.selectRows(new int[] {2, 0}).row(0)).containsExactly(4, 5);
    }

    @Test
    void refusesRaggedNonFiniteAndBadLabels() {
        assertThatThrownBy(() -> Dataset.classification("t", new double[][] {{0, 1}, {2}}, new int[] {0, 1},
                List.of("x1", "x2"), List.of("a", "b"))).hasMessageContaining("row 2 has 1 values");
        assertThatThrownBy(() -> Dataset.regression("t", new double[][] {{Double.NaN}}, new double[] {0},
                List.of("x"), "y")).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> Dataset.classification("t", new double[][] {{0}}, new int[] {2},
                List.of("x"), List.of("a", "b"))).hasMessageContaining("class 2");
    }

    @Test
    void withTargetNameRenamesOnlyTheTarget() {
        Dataset renamed = data.withTargetName("species");
        assertThat(renamed.targetName()).isEqualTo("species");
        assertThat(data.targetName()).isEqualTo("class");
        assertThat(renamed.labels()).containsExactly(data.labels());
        assertThat(renamed.classNames()).isEqualTo(data.classNames());
        assertThat(renamed).isNotEqualTo(data);
    }
}
