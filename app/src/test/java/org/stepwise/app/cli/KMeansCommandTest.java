package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The k-means lesson on the command line: its metrics by scikit-learn's names, and data it cannot
 * use (one column, fewer points than clusters) refused in one sentence with exit status 2.
 */
class KMeansCommandTest {

    @Test
    void runReportsScikitLearnsNames() throws IOException {
        Map<String, Object> json = CommandRun.json("run", "kmeans", "--until-done", "--json");
        assertThat(json).containsEntry("status", "CONVERGED").containsEntry("features", List.of("x1", "x2"));
        Map<String, Object> metrics = CommandRun.metrics(json);
        assertThat(metrics).containsKeys("cluster_centers", "labels", "inertia", "n_iter", "silhouette");
        assertThat((List<?>) metrics.get("cluster_centers")).hasSize(3);
        assertThat((List<?>) metrics.get("labels")).hasSize(300);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run kmeans --dataset sine | k-means here draws its clusters on a plane of two features, and the data has one column ('x')",
        "run kmeans --dataset iris --features 0 | the data has one column ('sepal length (cm)')",
        "run kmeans --dataset blobs --points 5 --param nClusters=6 | The number of clusters k (nClusters) must be at most the number of points (5); got 6.",
    })
    void unusableDataExitsWithStatusTwoAndOneSentence(String arguments, String expected) {
        CommandRun run = CommandRun.of(arguments.split(" "));
        assertThat(run.status()).isEqualTo(StepwiseCommand.BAD_ARGUMENTS);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains(expected);
    }
}
