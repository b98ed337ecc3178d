package org.stepwise.viz.lesson.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.StepResult;
import org.stepwise.viz.lesson.CountingEngine;

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
    void aSampleIsEvenlySpacedEndsOnTheNewestAndHoldsNoMoreThanAskedFor() {
        SnapshotHistory<CountingEngine.Count> history = new SnapshotHistory<>(100);
        for (int i = 0; i < 50; i++) {
            history.append(count(i));
        }
        // 39 steps after step 10 (11..49), four at most: every tenth, counted back from 49.
        assertThat(history.sampleSince(10, 4)).extracting(CountingEngine.Count::step).containsExactly(19, 29, 39, 49);
        assertThat(history.sampleSince(45, 16)).extracting(CountingEngine.Count::step).containsExactly(46, 47, 48, 49);
        assertThat(history.sampleSince(49, 16)).isEmpty();
        assertThat(history.sampleSince(-1, 1)).extracting(CountingEngine.Count::step).containsExactly(49);
        assertThat(history.sampleSince(-1, 50)).extracting(CountingEngine.Count::step)
                .containsExactlyElementsOf(history.since(-1).stream().map(CountingEngine.Count::step).toList());
        assertThatThrownBy(() -> history.sampleSince(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pastCapacityKeepsTheWholeRunEverMoreCoarsely() {
        SnapshotHistory<CountingEngine.Count> history = new SnapshotHistory<>(4);
        for (int i = 0; i < 10; i++) {
            history.append(count(i));
        }
        // Full at 0-3: every other kept (0, 2), then every second; full again: every fourth. The newest stays.
        assertThat(history.since(-1)).extracting(CountingEngine.Count::step).containsExactly(0, 4, 8, 9);
        assertThat(history.newest().step()).isEqualTo(9);
        assertThat(history.positionOfStep(8)).isEqualTo(2);
        assertThat(history.positionOfStep(5)).isEqualTo(1);
        assertThat(history.positionOfStep(2)).isZero();
        assertThatThrownBy(() -> history.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void passingOverTheStepsItWouldDropHoldsTheSameSnapshots() {
        SnapshotHistory<CountingEngine.Count> every = new SnapshotHistory<>(16);
        SnapshotHistory<CountingEngine.Count> passing = new SnapshotHistory<>(16);
        int passedOver = 0;
        for (int i = 0; i <= 5_000; i++) {
            every.append(count(i));
            // As the runner does: the snapshot of every 7th step is wanted anyway (a frame shows it).
            if (i % 7 == 0 || !passing.passOver()) {
                passing.append(count(i));
            } else {
                passedOver++;
            }
            if (i % 7 == 0) {
                assertThat(passing.since(-1)).extracting(CountingEngine.Count::step)
                        .containsExactlyElementsOf(every.since(-1).stream().map(CountingEngine.Count::step).toList());
            }
        }
        assertThat(passedOver).as("most steps need no snapshot once the history is thinned").isGreaterThan(4_000);
    }

    @Test
    void aLongRunStaysBoundedAndEvenlySpreadFromItsFirstStep() {
        SnapshotHistory<CountingEngine.Count> history = new SnapshotHistory<>(100);
        for (int i = 0; i <= 100_000; i++) {
            history.append(count(i));
            assertThat(history.size()).isLessThanOrEqualTo(100);
        }
        assertThat(history.get(0).step()).isZero();
        assertThat(history.newest().step()).isEqualTo(100_000);
        assertThat(history.size()).as("at least half full after thinning").isGreaterThanOrEqualTo(50);
        int gap = history.get(1).step() - history.get(0).step();
        assertThat(Integer.bitCount(gap)).as("a power of two").isEqualTo(1);
        for (int i = 1; i < history.size() - 1; i++) {
            assertThat(history.get(i).step() - history.get(i - 1).step()).isEqualTo(gap);
        }
        assertThat(history.newest().step() - history.get(history.size() - 2).step()).isBetween(1, gap);
    }

    @Test
    void refusesATinyCapacity() {
        assertThatThrownBy(() -> new SnapshotHistory<>(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
