package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.stepwise.data.csv.DataImportException;

class RefusalsTest {

    @Test
    void theLearnersMistakeIsShownAsItsMessageInASentence() {
        assertThat(Refusals.describe(new DataImportException("line 3, column 'b': 'oops' is not a number"), true))
                .isEqualTo("line 3, column 'b': 'oops' is not a number. Your data is unchanged.");
        assertThat(Refusals.describe(new IllegalArgumentException("Too many points."), false))
                .isEqualTo("Too many points.");
    }

    @Test
    void aFaultOfStepwiseIsNamedAsOne() {
        String text = Refusals.describe(new UncheckedIOException("disk gone", new java.io.IOException("disk gone")), true);
        assertThat(text).startsWith("Stepwise could not load this data (UncheckedIOException: disk gone).")
                .endsWith("Your data is unchanged.");
        assertThat(Refusals.describe(new NullPointerException(), false))
                .isEqualTo("Stepwise could not load this data (NullPointerException).");
        assertThat(Refusals.describe(new IllegalArgumentException(), false)).isEqualTo("The data was refused.");
    }
}
