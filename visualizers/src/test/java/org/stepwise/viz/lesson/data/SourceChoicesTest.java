package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.DataKind;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class SourceChoicesTest {

    @Test
    void offersTheSourcesThatFitTheEngine() {
        assertThat(SourceChoices.forKind(DataKind.CLASSIFICATION)).containsExactly("iris", "wine", "breast_cancer",
                "digits", "moons", "circles", "blobs", "xor", "spirals");
        assertThat(SourceChoices.forKind(DataKind.REGRESSION)).containsExactly("diabetes", "linear", "sine");
        assertThat(SourceChoices.forKind(DataKind.UNLABELLED)).contains("iris", "diabetes", "moons")
                .doesNotContain("linear", "sine");
        assertThatThrownBy(() -> SourceChoices.forKind(DataKind.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDataTheViewCannotDrawWithAReason() {
        var sine = Generators.generate("sine", GeneratorOptions.defaults());
        assertThatThrownBy(() -> SourceChoices.requireDrawable(sine, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 1 feature; this lesson draws 2");
        SourceChoices.requireDrawable(sine, 1);
        SourceChoices.requireDrawable(BuiltInDatasets.load("diabetes"), 2);
    }
}
