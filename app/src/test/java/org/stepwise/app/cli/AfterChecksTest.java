package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class AfterChecksTest {

    @Test
    void aRefusalAfterTheChecksIsStepwisesFailureNotTheUsers() {
        IllegalArgumentException refusal = new IllegalArgumentException("A positive range length is required");
        assertThatThrownBy(() -> AfterChecks.run(() -> {
            throw refusal;
        })).isInstanceOf(IllegalStateException.class).hasCause(refusal)
                .hasMessageContaining("after the arguments were accepted").hasMessageContaining("positive range length");
    }

    @Test
    void otherFailuresAndResultsPassThrough() throws Exception {
        IOException unwritable = new IOException("disk full");
        assertThatThrownBy(() -> AfterChecks.run(() -> {
            throw unwritable;
        })).isSameAs(unwritable);
        assertThat(AfterChecks.run(() -> 42)).isEqualTo(42);
    }
}
