package org.stepwise.viz.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.StepResult;

class SnapshotHistoryTest {

    private static CountingEngine.Count count(int step) {
        return new CountingEngine.Count(step, StepResult.CONTINUE);
    }

    @Test
    void keepsSnapshotsInOrder() {
        SnapshotHistory<CountingEngine.Count> history = new SnapshotHistory<>(10);
        for (int i = 0; i < 5; i++) {
            history.append(count(i));
        }
        assertThat(history.size()).isEqualTo(5);
        assertThat(history.get(3).step()).isEqualTo(3);
        assertThat(history.newest().step()).isEqualTo(4);
        assertThat(history.since(2)).extracting(CountingEngine.Count::step).containsExactly(3, 4);
    }

    @Test
    void dropsTheOldestPastCapacity() {
        SnapshotHistory<CountingEngine.Count> history = new SnapshotHistory<>(4);
        for (int i = 0; i < 10; i++) {
            history.append(count(i));
        }
        assertThat(history.size()).isEqualTo(4);
        assertThat(history.get(0).step()).isEqualTo(6);
        assertThat(history.newest().step()).isEqualTo(9);
        assertThat(history.since(-1)).extracting(CountingEngine.Count::step).containsExactly(6, 7, 8, 9);
        assertThat(history.positionOfStep(8)).isEqualTo(2);
        assertThat(history.positionOfStep(2)).isZero();
        assertThatThrownBy(() -> history.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void refusesATinyCapacity() {
        assertThatThrownBy(() -> new SnapshotHistory<>(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
