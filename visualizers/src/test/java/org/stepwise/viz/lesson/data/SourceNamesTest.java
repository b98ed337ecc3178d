package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceNamesTest {

    @Test
    void theListNamesSourcesAsALearnerReadsThem() {
        SourceNames names = new SourceNames(() -> "heights");
        // It read "breast_cancer  (built-in)".
        assertThat(names.toString("breast_cancer")).isEqualTo("Breast Cancer  (built-in)");
        assertThat(names.toString("moons")).isEqualTo("Moons  (generated)");
        assertThat(names.toString(SourceNames.OTHER_SOURCE)).isEqualTo("heights  (file)");
    }
}
