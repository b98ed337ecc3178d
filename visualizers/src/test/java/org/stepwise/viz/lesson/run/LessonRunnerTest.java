package org.stepwise.viz.lesson.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.StepResult;
import org.stepwise.viz.lesson.CountingEngine;

class LessonRunnerTest {

    private final CopyOnWriteArrayList<Throwable> failures = new CopyOnWriteArrayList<>();

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(2);
        }
    }

    @Test
    void stepsOneAtATimeOnTheWorker() throws InterruptedException {
        try (LessonRunner<CountingEngine.Count> runner = new LessonRunner<>(new CountingEngine(100), 1000, failures::add)) {
            assertThat(runner.newest().step()).isZero();
            runner.stepOnce();
            runner.stepOnce();
            await(() -> runner.newest().step() == 2);
            assertThat(runner.history().size()).isEqualTo(3);
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void runToEndReachesConvergenceAndStops() throws InterruptedException {
        try (LessonRunner<CountingEngine.Count> runner = new LessonRunner<>(new CountingEngine(5000), 100, failures::add)) {
            runner.runToEnd();
            await(runner::isFinished);
            await(() -> !runner.isPlaying());
            assertThat(runner.newest().status()).isEqualTo(StepResult.CONVERGED);
            assertThat(runner.newest().step()).isEqualTo(5000);
            // The history keeps the whole run, thinned to its capacity, and the converged snapshot last.
            assertThat(runner.history().size()).isBetween(50, 100);
            assertThat(runner.history().get(0).step()).isZero();
            assertThat(runner.history().newest().step()).isEqualTo(5000);
        }
    }

    @Test
    void atFullSpeedOnlyTheSnapshotsTheHistoryKeepsAreTaken() throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
        CountingEngine counting = new CountingEngine(200_000);
        try (LessonRunner<CountingEngine.Count> runner = new LessonRunner<>(new org.stepwise.algo.Engine<>() {
            @Override public CountingEngine.Count snapshot() {
                taken.incrementAndGet();
                return counting.snapshot();
            }
            @Override public StepResult step() { return counting.step(); }
        }, 100, failures::add)) {
            runner.runToEnd();
            await(() -> !runner.isPlaying());
            assertThat(runner.newest().step()).isEqualTo(200_000);
            assertThat(runner.newest().status()).isEqualTo(StepResult.CONVERGED);
            // The same snapshots as if every one had been taken and appended.
            SnapshotHistory<CountingEngine.Count> every = new SnapshotHistory<>(100);
            for (int step = 0; step <= 200_000; step++) {
                every.append(new CountingEngine.Count(step, step == 200_000 ? StepResult.CONVERGED : StepResult.CONTINUE));
            }
            assertThat(runner.history().since(-1)).isEqualTo(every.since(-1));
            assertThat(taken.get()).as("snapshots taken for 200,000 steps").isLessThan(20_000);
        }
    }

    @Test
    void theStepLimitStopsPlayExactlyThereThoughSnapshotsAreSkipped() throws InterruptedException {
        try (LessonRunner<CountingEngine.Count> runner = new LessonRunner<>(new CountingEngine(1_000_000), 100, failures::add)) {
            runner.setStepLimit(54_321);
            runner.runToEnd();
            await(() -> !runner.isPlaying());
            assertThat(runner.newest().step()).isEqualTo(54_321);
            assertThat(runner.history().newest().step()).isEqualTo(54_321);
        }
    }

    @Test
    void pausedPlayHoldsStill() throws InterruptedException {
        try (LessonRunner<CountingEngine.Count> runner = new LessonRunner<>(new CountingEngine(1_000_000), 100, failures::add)) {
            runner.setStepsPerSecond(200);
            runner.play();
            await(() -> runner.newest().step() >= 3);
            runner.pause();
            await(() -> !runner.isPlaying());
            Thread.sleep(50);
            int held = runner.newest().step();
            Thread.sleep(100);
            assertThat(runner.newest().step()).isEqualTo(held);
        }
    }

    @Test
    void stepToReplaysToTheStep() throws InterruptedException {
        try (LessonRunner<CountingEngine.Count> runner = new LessonRunner<>(new CountingEngine(1000), 2000, failures::add)) {
            runner.stepTo(321);
            await(() -> runner.newest().step() == 321);
            assertThat(runner.history().get(100).step()).isEqualTo(100);
        }
        try (LessonRunner<CountingEngine.Count> runner = new LessonRunner<>(new CountingEngine(1_000_000), 100, failures::add)) {
            // Past the history's capacity, where most steps' snapshots are not taken: the last one is.
            runner.stepTo(5_001);
            await(() -> runner.newest().step() == 5_001);
            await(() -> !runner.isReplaying());
            assertThat(runner.history().newest().step()).isEqualTo(5_001);
        }
    }

    @Test
    void itIsReplayingUntilTheStepIsReached() throws InterruptedException {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        CountingEngine counting = new CountingEngine(100);
        try (LessonRunner<CountingEngine.Count> runner = new LessonRunner<>(new org.stepwise.algo.Engine<>() {
            @Override public CountingEngine.Count snapshot() { return counting.snapshot(); }
            @Override public StepResult step() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return counting.step();
            }
        }, 100, failures::add)) {
            assertThat(runner.isReplaying()).isFalse();
            runner.stepTo(10);
            assertThat(runner.isReplaying()).isTrue();
            release.countDown();
            await(() -> runner.newest().step() == 10);
            await(() -> !runner.isReplaying());
        }
    }

    @Test
    void anEngineExceptionIsReportedNotThrown() throws InterruptedException {
        CountingEngine failing = new CountingEngine(10);
        try (LessonRunner<CountingEngine.Count> runner = new LessonRunner<>(new org.stepwise.algo.Engine<>() {
            @Override public CountingEngine.Count snapshot() { return failing.snapshot(); }
            @Override public StepResult step() { throw new IllegalStateException("engine bug"); }
        }, 10, failures::add)) {
            runner.stepOnce();
            await(() -> !failures.isEmpty());
            assertThat(failures.get(0)).hasMessage("engine bug");
            assertThat(runner.newest().step()).isZero();
        }
    }

    @Test
    void theEngineStepsBehindTheFrames() throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger priority = new java.util.concurrent.atomic.AtomicInteger();
        CountingEngine counting = new CountingEngine(10);
        try (LessonRunner<CountingEngine.Count> runner = new LessonRunner<>(new org.stepwise.algo.Engine<>() {
            @Override public CountingEngine.Count snapshot() { return counting.snapshot(); }
            @Override public StepResult step() {
                priority.set(Thread.currentThread().getPriority());
                return counting.step();
            }
        }, 10, failures::add)) {
            runner.stepOnce();
            await(() -> runner.newest().step() == 1);
            assertThat(priority.get()).isEqualTo(org.stepwise.viz.view.BackgroundThreads.BEHIND_FRAMES)
                    .isLessThan(Thread.NORM_PRIORITY);
        }
    }
}
