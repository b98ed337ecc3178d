package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

class PointEditsTest {

    private final Dataset classes = Dataset.classification("points", new double[][] {{0, 0}, {1, 1}, {2, 2}},
            new int[] {0, 1, 2}, List.of("x1", "x2"), List.of("a", "b", "c"));
    private final Dataset line = Dataset.regression("line", new double[][] {{0}, {1}, {2}},
            new double[] {1, 3, 5}, List.of("x"), "y");

    @Test
    void addsAPointOfTheChosenClass() {
        Dataset added = PointEdits.add(classes, 0.5, -0.5, 1);
        assertThat(added.size()).isEqualTo(4);
        assertThat(added.row(3)).containsExactly(0.5, -0.5);
        assertThat(added.label(3)).isEqualTo(1);
        assertThat(PointEdits.add(classes, 0, 0, 9).label(3)).as("a class past the last is the last").isEqualTo(2);
        assertThat(classes.size()).as("the original is untouched").isEqualTo(3);
    }

    @Test
    void onARegressionPlaneTheVerticalCoordinateIsTheTarget() {
        Dataset added = PointEdits.add(line, 4, 9, 0);
        assertThat(added.row(3)).containsExactly(4);
        assertThat(added.target(3)).isEqualTo(9);

        Dataset moved = PointEdits.move(line, 1, 1.5, -2);
        assertThat(moved.row(1)).containsExactly(1.5);
        assertThat(moved.target(1)).isEqualTo(-2);
        assertThat(moved.targets()).containsExactly(1, -2, 5);
        assertThat(moved.name()).isEqualTo("line");
        assertThat(moved.targetName()).isEqualTo("y");
    }

    @Test
    void movingKeepsTheClassAndTheRowOrder() {
        Dataset moved = PointEdits.move(classes, 2, 7, 8);
        assertThat(moved.row(2)).containsExactly(7, 8);
        assertThat(moved.labels()).containsExactly(0, 1, 2);
    }

    @Test
    void removesAPointButNeverTheLast() {
        assertThat(PointEdits.remove(classes, 0).labels()).containsExactly(1, 2);
        Dataset one = classes.selectRows(new int[] {0});
        assertThatThrownBy(() -> PointEdits.remove(one, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last point");
        assertThatThrownBy(() -> PointEdits.remove(classes, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no point number 3");
        assertThatThrownBy(() -> PointEdits.move(classes, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 2");
    }

    @Test
    void refusesDataThatIsNotDrawnOnAPlane() {
        Dataset iris = BuiltInDatasets.load("iris");
        assertThat(PointEdits.editable(iris)).isFalse();
        assertThat(PointEdits.editable(classes)).isTrue();
        assertThat(PointEdits.editable(line)).isTrue();
        assertThatThrownBy(() -> PointEdits.add(iris, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iris has 4");
        assertThatThrownBy(() -> PointEdits.add(classes, Double.NaN, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
