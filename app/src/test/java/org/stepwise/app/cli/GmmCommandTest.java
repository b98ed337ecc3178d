package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Gaussian-mixture lesson on the command line: its metrics by scikit-learn's names, and data
 * it cannot use (one column, fewer points than components, a covariance that regCovar 0 leaves
 * singular) refused in one sentence with exit status 2.
 */
class GmmCommandTest {

    @Test
    void runReportsScikitLearnsNames() throws IOException {
        Map<String, Object> json = CommandRun.json("run", "gmm", "--until-done", "--json");
        assertThat(json).containsEntry("status", "CONVERGED").containsEntry("features", List.of("x1", "x2"));
        Map<String, Object> metrics = CommandRun.metrics(json);
        assertThat(metrics).containsKeys("means", "weights", "covariances", "lower_bound", "n_iter", "labels");
        assertThat((List<?>) metrics.get("means")).hasSize(3);
        assertThat((List<?>) metrics.get("covariances")).hasSize(3);
        assertThat((List<?>) metrics.get("labels")).hasSize(300);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run gmm --dataset sine | A Gaussian mixture here draws its clusters on a plane of two features, and the data has one column ('x')",
        "run gmm --dataset blobs --points 5 --param nComponents=6 | The number of components k (nComponents) must be at most the number of points (5); got 6.",
        "run gmm --dataset blobs --points 20 --param nComponents=20 --param init=first --param regCovar=0 | raise regCovar",
    })
    void unusableDataExitsWithStatusTwoAndOneSentence(String arguments, String expected) {
        CommandRun run = CommandRun.of(arguments.split(" "));
        assertThat(run.status()).isEqualTo(StepwiseCommand.BAD_ARGUMENTS);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains(expected);
    }
}
