package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.stepwise.data.csv.DataImportException;
import org.stepwise.viz.lesson.LoggedRecords;

class RefusalsTest {

    @Test
    void theLearnersMistakeIsShownAsItsMessageInASentence() {
        assertThat(Refusals.describe(new DataImportException("line 3, column 'b': 'oops' is not a number"), true))
                .isEqualTo("line 3, column 'b': 'oops' is not a number. Your data is unchanged.");
        assertThat(Refusals.describe(new IllegalArgumentException("Too many points."), false))
                .isEqualTo("Too many points.");
    }

    @Test
    void aFaultOfStepwiseIsNamedAsOneAndLoggedWithItsTrace() {
        // Kept, not printed: the build's log shows no trace that a test provoked on purpose.
        try (LoggedRecords log = LoggedRecords.of(DataPicker.class.getName())) {
            UncheckedIOException fault = new UncheckedIOException("disk gone", new java.io.IOException("disk gone"));
            String text = Refusals.describe(fault, true);
            assertThat(text).startsWith("Stepwise could not load this data (UncheckedIOException: disk gone).")
                    .endsWith("Your data is unchanged.");
            assertThat(Refusals.describe(new NullPointerException(), false))
                    .isEqualTo("Stepwise could not load this data (NullPointerException).");
            assertThat(Refusals.describe(new IllegalArgumentException(), false)).isEqualTo("The data was refused.");

            assertThat(log.records()).hasSize(2);
            assertThat(log.records().get(0).getLevel()).isEqualTo(Level.WARNING);
            assertThat(log.records().get(0).getThrown()).isSameAs(fault);
            assertThat(log.records().get(1).getThrown()).isInstanceOf(NullPointerException.class);
        }
    }
}
