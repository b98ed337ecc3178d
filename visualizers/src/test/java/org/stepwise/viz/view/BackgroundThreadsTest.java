package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackgroundThreadsTest {

    @Test
    void workBehindTheFramesRunsOnLowPriorityDaemons() {
        Thread thread = BackgroundThreads.behindFrames("stepwise-test").newThread(() -> { });
        assertThat(thread.getName()).isEqualTo("stepwise-test");
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    }

    @Test
    void workTheLearnerWaitsForKeepsNormalPriority() {
        Thread thread = BackgroundThreads.normal("stepwise-loader").newThread(() -> { });
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getPriority()).isEqualTo(Thread.NORM_PRIORITY);
    }
}
