package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/** Runs on the headless platform the app module's surefire configuration selects. */
class FxToolkitTest {

    @Test
    void startsOnceAndThenReportsItWasRunning() throws InterruptedException {
        FxToolkit.start();

        assertThat(FxToolkit.start()).as("second start").isFalse();
    }

    @Test
    void callsRunOnTheFxThreadAndReturnTheirResult() throws Exception {
        FxToolkit.start();

        assertThat(FxToolkit.call(Platform::isFxApplicationThread)).isTrue();
    }

    @Test
    void theTasksExceptionReachesTheCaller() throws InterruptedException {
        FxToolkit.start();

        assertThatThrownBy(() -> FxToolkit.call(() -> {
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> FxToolkit.call(() -> {
            throw new IllegalArgumentException("k must be at least 1");
        })).isInstanceOf(IllegalArgumentException.class);
    }
}
