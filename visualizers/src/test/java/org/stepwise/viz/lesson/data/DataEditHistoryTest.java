package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class DataEditHistoryTest {

    private final Dataset start = Generators.generate("moons", new GeneratorOptions(10, 0, 2, 0));

    private static Dataset moved(Dataset data, double x, double y) {
        return data.withRowMoved(0, new double[] {x, y});
    }

    @Test
    void startsWithNothingToUndoOrRedo() {
        DataEditHistory history = new DataEditHistory(start);
        assertThat(history.current()).isSameAs(start);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoCount()).isZero();
        assertThatThrownBy(history::undo).isInstanceOf(IllegalStateException.class).hasMessage("nothing to undo");
        assertThatThrownBy(history::redo).isInstanceOf(IllegalStateException.class).hasMessage("nothing to redo");
    }

    @Test
    void undoAndRedoRestoreExactStates() {
        DataEditHistory history = new DataEditHistory(start);
        Dataset added = start.withRow(new double[] {0, 0}, 1);
        Dataset movedAgain = moved(added, 5, 5);
        Dataset removed = movedAgain.withoutRow(3);
        assertThat(history.apply(added)).isTrue();
        history.apply(movedAgain);
        history.apply(removed);
        assertThat(history.undoCount()).isEqualTo(3);

        assertThat(history.undo()).isEqualTo(movedAgain);
        assertThat(history.undo()).isEqualTo(added);
        assertThat(history.undo()).isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).isEqualTo(added);
        assertThat(history.redo()).isEqualTo(movedAgain);
        assertThat(history.redo()).isEqualTo(removed);
        assertThat(history.canRedo()).isFalse();
        assertThat(history.current()).isEqualTo(removed);
    }

    @Test
    void aNewEditForgetsWhatWasUndone() {
        DataEditHistory history = new DataEditHistory(start);
        Dataset added = start.withRow(new double[] {0, 0}, 1);
        history.apply(added);
        history.undo();
        assertThat(history.canRedo()).isTrue();
        Dataset other = start.withoutRow(0);
        history.apply(other);
        assertThat(history.canRedo()).as("a new edit drops the redo states").isFalse();
        assertThat(history.undo()).isEqualTo(start);
    }

    @Test
    void applyingTheCurrentStateAgainIsNoEdit() {
        DataEditHistory history = new DataEditHistory(start);
        Dataset equalCopy = start.selectRows(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThat(history.apply(equalCopy)).isFalse();
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void theFirstDataSetIsNotAnUndoStep() {
        DataEditHistory history = new DataEditHistory(null);
        assertThat(history.current()).isNull();
        history.apply(start);
        assertThat(history.current()).isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void isBoundedAndForgetsTheOldestStates() {
        int capacity = 3;
        DataEditHistory history = new DataEditHistory(start, capacity);
        Dataset data = start;
        Dataset[] states = new Dataset[6];
        for (int i = 0; i < states.length; i++) {
            data = data.withRow(new double[] {i, i}, 0);
            states[i] = data;
            history.apply(data);
        }
        assertThat(history.undoCount()).isEqualTo(capacity);
        for (int i = 0; i < capacity; i++) {
            history.undo();
        }
        assertThat(history.canUndo()).isFalse();
        assertThat(history.current()).as("the oldest state kept").isEqualTo(states[states.length - 1 - capacity]);
    }

    @Test
    void theDefaultCapacityIsTwoHundredEdits() {
        DataEditHistory history = new DataEditHistory(start);
        Dataset data = start;
        for (int i = 0; i < DataEditHistory.CAPACITY + 50; i++) {
            data = data.withRow(new double[] {i, i}, 0);
            history.apply(data);
        }
        int undos = 0;
        while (history.canUndo()) {
            history.undo();
            undos++;
        }
        assertThat(undos).isEqualTo(200);
        assertThat(history.current().size()).isEqualTo(start.size() + 50);
    }

    @Test
    void aDragIsOneUndoableEdit() {
        DataEditHistory history = new DataEditHistory(start);
        Dataset first = moved(start, 1, 1);
        Dataset second = moved(start, 2, 2);
        Dataset last = moved(start, 3, 3);
        assertThat(history.replaceCurrent(first)).isTrue();
        history.replaceCurrent(second);
        history.replaceCurrent(last);
        assertThat(history.current()).isEqualTo(last);
        assertThat(history.isDragging()).isTrue();
        history.commit();
        assertThat(history.isDragging()).isFalse();
        assertThat(history.undoCount()).isEqualTo(1);

        assertThat(history.undo()).as("one undo puts the point back").isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).isEqualTo(last);
    }

    @Test
    void aDragThatEndsWhereItBeganLeavesNoEdit() {
        DataEditHistory history = new DataEditHistory(start);
        history.replaceCurrent(moved(start, 1, 1));
        assertThat(history.canUndo()).isTrue();
        history.replaceCurrent(start);
        assertThat(history.canUndo()).isFalse();
        history.commit();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.current()).isEqualTo(start);
    }

    @Test
    void undoDuringADragTakesBackTheWholeDrag() {
        DataEditHistory history = new DataEditHistory(start);
        Dataset added = start.withRow(new double[] {0, 0}, 0);
        history.apply(added);
        history.replaceCurrent(moved(added, 4, 4));
        history.replaceCurrent(moved(added, 5, 5));
        assertThat(history.undo()).isEqualTo(added);
        assertThat(history.undo()).isEqualTo(start);
    }

    @Test
    void anEditDuringADragCommitsTheDragFirst() {
        DataEditHistory history = new DataEditHistory(start);
        Dataset dragged = moved(start, 4, 4);
        history.replaceCurrent(dragged);
        Dataset removed = dragged.withoutRow(5);
        history.apply(removed);
        assertThat(history.undoCount()).isEqualTo(2);
        assertThat(history.undo()).isEqualTo(dragged);
        assertThat(history.undo()).isEqualTo(start);
    }

    @Test
    void aDragForgetsWhatWasUndone() {
        DataEditHistory history = new DataEditHistory(start);
        history.apply(start.withoutRow(0));
        history.undo();
        assertThat(history.canRedo()).isTrue();
        history.replaceCurrent(moved(start, 7, 7));
        assertThat(history.canRedo()).as("redo is gone once the drag moved a point").isFalse();
        history.commit();
        assertThat(history.canRedo()).isFalse();
        assertThatThrownBy(history::redo).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesNullStatesAndAnEmptyCapacity() {
        DataEditHistory history = new DataEditHistory(start);
        assertThatThrownBy(() -> history.apply(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> history.replaceCurrent(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataEditHistory(start, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThat(history.current()).isEqualTo(start);
    }
}
