package org.stepwise.viz.lesson.narration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

class NarratorTest {

    /** A snapshot that tells which thread wrote its narration. */
    private static final class Told implements Snapshot {
        private final int step;
        volatile Thread writtenOn;

        Told(int step) { this.step = step; }

        @Override public int step() { return step; }
        @Override public StepResult status() { return StepResult.CONTINUE; }
        @Override public Metrics metrics() { return Metrics.builder().build(); }

        @Override
        public String narration() {
            writtenOn = Thread.currentThread();
            if (step < 0) {
                throw new IllegalStateException("no narration for a negative step");
            }
            return "step " + step;
        }

        /** A shorter form under 100 characters. */
        @Override
        public String narration(int characters) {
            return characters >= 100 ? narration() : "s" + step;
        }
    }

    /** The writer thread, run by hand: each task waits until the test runs it. */
    private final Queue<Runnable> pending = new ArrayDeque<>();
    private final List<String> onScreen = new ArrayList<>();
    /** What the box holds, as the test sets it. */
    private int capacity = 100;
    private final Narrator<Told> narrator = new Narrator<>(onScreen::add, () -> capacity, pending::add);

    @Test
    void eachNarrationIsWrittenInWhatTheBoxHoldsAndAResizedBoxAsksForItAgain() {
        Told first = new Told(1);
        narrator.narrate(first, false);
        assertThat(narrator.budgetChanged()).isFalse();
        capacity = 40;
        assertThat(narrator.budgetChanged()).isTrue();
        narrator.narrate(first, true);
        pending.remove().run();
        narrator.showWritten();
        assertThat(onScreen).containsExactly("step 1", "s1");
        assertThat(narrator.budgetChanged()).isFalse();
    }

    @Test
    void pausedTheNarrationIsShownAtOnce() {
        narrator.narrate(new Told(1), false);
        assertThat(onScreen).containsExactly("step 1");
        assertThat(pending).isEmpty();
    }

    @Test
    void playingItIsWrittenOffTheCallingThreadAndShownAtTheNextPulseAfter() throws Exception {
        Told first = new Told(1);
        Narrator<Told> real = new Narrator<>(onScreen::add, () -> 100);
        real.narrate(first, true);
        assertThat(onScreen).isEmpty();
        for (int pulse = 0; pulse < 400 && onScreen.isEmpty(); pulse++) {
            Thread.sleep(5);
            real.showWritten();
        }
        assertThat(onScreen).containsExactly("step 1");
        assertThat(first.writtenOn).isNotSameAs(Thread.currentThread());
        assertThat(first.writtenOn.getName()).isEqualTo("stepwise-narrator");
    }

    @Test
    void aNarrationWantedWhileAnotherIsWrittenFollowsItSoTheLastStepIsNeverLeftUntold() {
        narrator.narrate(new Told(1), true);
        narrator.narrate(new Told(2), true);
        assertThat(pending).hasSize(1);
        pending.remove().run();
        narrator.showWritten();
        // Step 1's text is no longer wanted: step 2's is written instead.
        assertThat(onScreen).isEmpty();
        pending.remove().run();
        narrator.showWritten();
        assertThat(onScreen).containsExactly("step 2");
    }

    @Test
    void aLateNarrationDoesNotReplaceOneShownSinceAtOnce() {
        narrator.narrate(new Told(5), true);
        // Paused meanwhile, the learner steps back: shown at once.
        narrator.narrate(new Told(4), false);
        pending.remove().run();
        narrator.showWritten();
        assertThat(onScreen).containsExactly("step 4");
        assertThat(pending).isEmpty();
    }

    @Test
    void aNarrationThatFailsThrowsOnTheCallingThreadAsIfWrittenThere() {
        narrator.narrate(new Told(-1), true);
        pending.remove().run();
        assertThatThrownBy(narrator::showWritten).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("negative step");
        narrator.narrate(new Told(3), true);
        pending.remove().run();
        narrator.showWritten();
        assertThat(onScreen).containsExactly("step 3");
    }
}
