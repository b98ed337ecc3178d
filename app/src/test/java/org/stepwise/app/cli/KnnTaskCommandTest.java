package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The k-NN lesson's two tasks on the command line: {@code --param task=regress} takes data with a
 * real target (its first column by default, as the lesson draws one feature) and ends at
 * scikit-learn's {@code KNeighborsRegressor.score}; the data's kind is checked by the lesson's one
 * rule, so the wrong kind exits 2 with its sentence (RunCommandTest's bad-argument cases).
 */
class KnnTaskCommandTest {

    /** The repository's top folder: Surefire runs each module's tests in the module's folder. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path folder;

    /**
     * Diabetes' first column (age) takes 58 values over 442 rows, so most points tie at the 5th
     * neighbour; the engine gives a tie to the lower row, scikit-learn's KD-tree by its own order
     * (tools/reference/knn.py keeps ties out of the fixtures for this reason). The expected R² is
     * KNeighborsRegressor's rule with neighbours ordered by (distance, row), computed in NumPy:
     * {@code np.lexsort} on |x_i − x_j| and the row, the mean of the first 5 targets, {@code r2_score}.
     */
    @Test
    void regressOnDiabetesTrainsOnItsFirstColumnToTheEnd() throws IOException {
        Map<String, Object> json = CommandRun.json("run", "knn", "--param", "task=regress", "--dataset", "diabetes",
                "--until-done", "--json");
        assertThat(json).containsEntry("dataset", "diabetes").containsEntry("status", "CONVERGED")
                .containsEntry("features", List.of("age")).containsEntry("steps", 442);
        Map<String, Object> metrics = CommandRun.metrics(json);
        assertThat(((Number) metrics.get("r2")).doubleValue()).isCloseTo(0.04234555438960563, within(1e-12));
        assertThat(metrics).containsKey("mse").doesNotContainKey("accuracy");
    }

    /**
     * On all ten of Diabetes' features no distances tie at the 5th neighbour, and the run ends at
     * scikit-learn's {@code KNeighborsRegressor().fit(X, y).score(X, y)} = 0.604957605699507
     * ({@code load_diabetes()}, scikit-learn 1.2.1).
     */
    @Test
    void regressOnAllOfDiabetesEndsAtScikitLearnsScore() throws IOException {
        Map<String, Object> json = CommandRun.json("run", "knn", "--param", "task=regress", "--dataset", "diabetes",
                "--features", "all", "--until-done", "--json");
        assertThat(json).containsEntry("status", "CONVERGED");
        assertThat(((Number) CommandRun.metrics(json).get("r2")).doubleValue())
                .isCloseTo(0.604957605699507, within(1e-12));
    }

    /**
     * End to end, against scikit-learn: the sine fixture of tools/reference/knn.py (80 points, no
     * ties) as a CSV file, run by the lesson with task=regress, ends at the fixture's
     * {@code KNeighborsRegressor(n_neighbors=5, metric='euclidean').fit(x, y).score(x, y)}.
     */
    @Test
    void regressEndsAtScikitLearnsScoreOnTheSineFixture() throws IOException {
        Map<String, Object> fixture = JSON.std.mapFrom(Files.readString(PROJECT.resolve(
                "algorithms/src/test/resources/org/stepwise/algo/neighbors/knn_regression_sine.json")));
        @SuppressWarnings("unchecked")
        Map<String, Object> fit = (Map<String, Object>) fixture.get("fit0");
        assertThat(fit.get("call")).asString().startsWith("KNeighborsRegressor(n_neighbors=5, weights='uniform',"
                + " metric='euclidean'");
        List<?> x = (List<?>) fixture.get("x");
        List<?> y = (List<?>) fixture.get("y");
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < x.size(); i++) {
            csv.append(((Number) ((List<?>) x.get(i)).get(0)).doubleValue()).append(',')
                    .append(((Number) y.get(i)).doubleValue()).append('\n');
        }
        Path file = folder.resolve("sine.csv");
        Files.writeString(file, csv);

        Map<String, Object> json = CommandRun.json("run", "knn", "--param", "task=regress", "--param", "metric=euclidean",
                "--dataset", file.toString(), "--until-done", "--json");
        assertThat(json).containsEntry("status", "CONVERGED").containsEntry("steps", 80);
        assertThat(((Number) CommandRun.metrics(json).get("r2")).doubleValue())
                .isCloseTo(((Number) fit.get("score")).doubleValue(), within(1e-12));
    }

    @Test
    void withoutADataSetRegressRunsOnTheLessonsSineCurve() throws IOException {
        Map<String, Object> json = CommandRun.json("run", "knn", "--param", "task=regress", "--until-done", "--json");
        assertThat(json).containsEntry("dataset", "sine").containsEntry("status", "CONVERGED")
                .containsEntry("steps", 80);
        assertThat(((Number) CommandRun.metrics(json).get("r2")).doubleValue()).isBetween(0.5, 1.0);
    }
}
