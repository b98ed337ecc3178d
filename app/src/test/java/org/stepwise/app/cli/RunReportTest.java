package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class RunReportTest {

    private static Snapshot snapshot(int step, StepResult status, Metrics metrics) {
        return new Snapshot() {
            @Override
            public int step() { return step; }

            @Override
            public StepResult status() { return status; }

            @Override
            public String narration() { return step == 0 ? "" : "the loss went down"; }

            @Override
            public Metrics metrics() { return metrics; }
        };
    }

    private final Dataset data = Dataset.classification("tiny", new double[][] {{0, 1}, {1, 0}}, new int[] {0, 1},
            List.of("x1", "x2"), List.of("no", "yes"));

    @Test
    void nonFiniteNumbersBecomeNullEverywhere() throws IOException {
        Metrics metrics = Metrics.builder().scalar("loss", Double.NaN).scalar("accuracy", 0.5)
                .vector("coef", new double[] {1.5, Double.POSITIVE_INFINITY})
                .matrix("covariance", new double[][] {{1, Double.NEGATIVE_INFINITY}, {0, 2}}).build();

        Map<String, Object> json = JSON.std.mapFrom(new RunReport("demo", data, false, 3, snapshot(7,
                StepResult.stopped("the loss diverged"), metrics)).json());

        assertThat(json).containsEntry("lesson", "demo").containsEntry("dataset", "tiny").containsEntry("seed", 3)
                .containsEntry("steps", 7).containsEntry("status", "STOPPED: the loss diverged");
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) json.get("metrics");
        assertThat(values.keySet()).containsExactly("loss", "accuracy", "coef", "covariance");
        assertThat(values.containsKey("loss") && values.get("loss") == null).isTrue();
        assertThat(values.get("accuracy")).isEqualTo(0.5);
        assertThat(values.get("coef")).isEqualTo(Arrays.asList(1.5, null));
        assertThat(values.get("covariance")).isEqualTo(List.of(Arrays.asList(1.0, null), List.of(0.0, 2.0)));
    }

    @Test
    void aLessonWithoutDataHasANullDatasetAndAnEmptyMetricsObject() throws IOException {
        String json = new RunReport("plain", null, false, -1, snapshot(0, StepResult.CONTINUE, Metrics.empty())).json();

        assertThat(json).isEqualTo("{\"lesson\":\"plain\",\"dataset\":null,\"features\":null,\"standardize\":false,\"test_size\":0.0,\"seed\":-1,\"steps\":0,"
                + "\"status\":\"CONTINUE\",\"metrics\":{}}");
    }

    @Test
    void textRoundsToSixSignificantDigits() {
        Metrics metrics = Metrics.builder().scalar("loss", 0.123456789).scalar("n_iter", 42)
                .scalar("grad_norm", 2.0278448e-6).vector("intercept", new double[] {0.25, Double.NaN}).build();

        String text = new RunReport("demo", data, false, 0, snapshot(42, StepResult.CONVERGED, metrics)).text();

        assertThat(text.lines()).containsExactly(
                "Lesson    demo",
                "Data      tiny (2 rows, 2 features, 2 classes)",
                "Seed      0",
                "Steps     42",
                "Status    CONVERGED",
                "Last step the loss went down",
                "Metrics",
                "  loss       0.123457",
                "  n_iter     42",
                "  grad_norm  2.02784e-06",
                "  intercept  [0.25, NaN]");
    }
}
