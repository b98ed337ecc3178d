package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class DataEditHistoryTest {

    private final Dataset start = Generators.generate("moons", new GeneratorOptions(10, 0, 2, 0));

    @Test
    void undoAndRedoRestoreExactStates() {
        DataEditHistory history = new DataEditHistory(start);
        Dataset added = start.withRow(new double[] {0, 0}, 1);
        Dataset moved = added.withRowMoved(0, new double[] {5, 5});
        history.apply(added);
        history.apply(moved);
        assertThat(history.undo()).isEqualTo(added);
        assertThat(history.undo()).isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).isEqualTo(added);
        history.apply(added.withoutRow(3));
        assertThat(history.canRedo()).as("a new edit drops the redo states").isFalse();
        assertThatThrownBy(history::redo).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void isBounded() {
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
        assertThat(undos).isEqualTo(DataEditHistory.CAPACITY);
    }
}
