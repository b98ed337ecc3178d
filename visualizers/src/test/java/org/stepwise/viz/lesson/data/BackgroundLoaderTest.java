package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackgroundLoaderTest {

    private BackgroundLoader loader;
    private final List<String> outcomes = new CopyOnWriteArrayList<>();
    private final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        loader = new BackgroundLoader();
    }

    private void record(String outcome) {
        onFxThread.add(Platform.isFxApplicationThread());
        outcomes.add(outcome);
    }

    @Test
    void onlyTheNewestRequestCounts() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch slowStarted = new CountDownLatch(1);
        AtomicBoolean queuedRequestRan = new AtomicBoolean();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> loader.run(() -> {
            slowStarted.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "slow";
        }, this::record, error -> record("error")));
        // The next two requests must queue behind the running one: wait until it runs (on a
        // busy machine the worker may start late, and then the second request would be the
        // newest when it starts, and rightly run).
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            loader.run(() -> {
                queuedRequestRan.set(true);
                return "overtaken";
            }, this::record, error -> record("error"));
            loader.run(() -> "newest", this::record, error -> record("error"));
            assertThat(loader.isBusy()).isTrue();
        });
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !outcomes.isEmpty() && !loader.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outcomes).containsExactly("newest");
        assertThat(queuedRequestRan).as("a request overtaken in the queue does no work").isFalse();
        assertThat(onFxThread).containsOnly(true);
    }

    @Test
    void failuresOfAnyKindComeBackOnTheFxThread() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> loader.run(() -> {
            throw new OutOfMemoryError("pretend the file is huge");
        }, value -> record("value"), error -> record(error.getClass().getSimpleName() + ": " + error.getMessage())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !outcomes.isEmpty());
        assertThat(outcomes).containsExactly("OutOfMemoryError: pretend the file is huge");
        assertThat(onFxThread).containsOnly(true);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !loader.isBusy());
    }
}
