package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.TrainTestSplit;

class RunCommandTest {

    @TempDir
    Path folder;

    @Test
    void jsonHasTheStableShape() throws IOException {
        Map<String, Object> json = CommandRun.json("run", "optimizers", "--steps", "5", "--json");

        assertThat(json.keySet()).containsExactly("lesson", "dataset", "features", "standardize", "test_size", "seed",
                "steps", "status", "metrics");
        assertThat(json).containsEntry("lesson", "optimizers").containsEntry("dataset", null).containsEntry("features", null)
                .containsEntry("standardize", false).containsEntry("seed", 0).containsEntry("steps", 5).containsEntry("status", "CONTINUE");
        Map<String, Object> metrics = CommandRun.metrics(json);
        assertThat(metrics).isNotEmpty();
        assertThat(metrics.values()).allSatisfy(value -> assertThat(value).isInstanceOfAny(Number.class, List.class));
    }

    @Test
    void untilDoneRunsToTheEngineEndAndPrintsTheFinalMetrics() throws IOException {
        Map<String, Object> json = CommandRun.json("run", "logistic-regression", "--until-done", "--json");

        assertThat(json).containsEntry("dataset", "moons").containsEntry("status", "CONVERGED");
        assertThat((String) json.get("status")).matches("CONVERGED|STOPPED: .+");
        assertThat((Integer) json.get("steps")).isPositive();
        Map<String, Object> metrics = CommandRun.metrics(json);
        assertThat(metrics).containsKeys("accuracy", "coef", "intercept");
        // A count prints as a whole number (it printed 2000.0).
        assertThat(metrics.get("n_iter")).isInstanceOf(Integer.class).isEqualTo(json.get("steps"));
        assertThat((List<?>) metrics.get("coef")).allSatisfy(row -> assertThat(row).isInstanceOf(List.class));
    }

    @Test
    void aLessonOnAPlaneTrainsOnTheTwoColumnsItDrawsUnlessToldOtherwise() throws IOException {
        // run trained on Iris's four features where render (and the app) drew and trained on two.
        assertThat(CommandRun.json("run", "logistic-regression", "--dataset", "iris", "--steps", "1", "--json"))
                .containsEntry("features", List.of("sepal length (cm)", "sepal width (cm)"));
        assertThat(CommandRun.json("run", "logistic-regression", "--dataset", "iris", "--features", "all", "--steps", "1", "--json"))
                .containsEntry("features", List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)",
                        "petal width (cm)"));
        assertThat(CommandRun.json("run", "logistic-regression", "--dataset", "iris", "--features", "petal width (cm),2", "--steps",
                "1", "--json")).containsEntry("features", List.of("petal width (cm)", "petal length (cm)"));
    }

    @Test
    void standardizeScalesTheChosenFeaturesAsStandardScaler() throws IOException {
        // Least squares on Diabetes' bmi. Standardized, the intercept is the mean of y and the
        // slope the raw slope times bmi's population standard deviation; scikit-learn 1.2.1:
        // LinearRegression().fit(StandardScaler().fit_transform(X[:, [2]]), y) gives intercept_
        // 152.13348416289594 and coef_ [45.16003002] = 949.43526038 · 0.0475651494154494 (scale_).
        Map<String, Object> raw = CommandRun.json("run", "linear-regression", "--dataset", "diabetes", "--features", "bmi",
                "--param", "solver=normal", "--json");
        Map<String, Object> scaled = CommandRun.json("run", "linear-regression", "--dataset", "diabetes", "--features", "bmi",
                "--param", "solver=normal", "--standardize", "--json");

        assertThat(raw).containsEntry("standardize", false);
        // The features rule applies first; the columns keep their names in the report.
        assertThat(scaled).containsEntry("standardize", true).containsEntry("features", List.of("bmi"));
        assertThat(((Number) CommandRun.metrics(scaled).get("intercept")).doubleValue()).isCloseTo(152.13348416289594,
                org.assertj.core.api.Assertions.within(1e-9));
        double rawSlope = ((Number) ((List<?>) CommandRun.metrics(raw).get("coef")).get(0)).doubleValue();
        double scaledSlope = ((Number) ((List<?>) CommandRun.metrics(scaled).get("coef")).get(0)).doubleValue();
        assertThat(scaledSlope).isCloseTo(rawSlope * 0.0475651494154494, org.assertj.core.api.Assertions.within(1e-9))
                .isCloseTo(45.16003002, org.assertj.core.api.Assertions.within(1e-7));
    }

    @Test
    void logisticRegressionOnStandardizedIrisReachesScikitLearnsOptimum() throws IOException {
        Map<String, Object> json = CommandRun.json("run", "logistic-regression", "--dataset", "iris", "--features", "all",
                "--standardize", "--until-done", "--json");

        assertThat(json).containsEntry("status", "CONVERGED").containsEntry("standardize", true);
        // scikit-learn 1.2.1, LogisticRegression(tol=1e-10) on StandardScaler().fit_transform(iris): score 0.97333,
        // log loss + ||W||^2/(2n) = 0.2091917886 (its lbfgs stops 1e-10 above the engine's optimum).
        assertThat(CommandRun.metrics(json)).containsEntry("accuracy", 0.9733333333333334);
        assertThat(((Number) CommandRun.metrics(json).get("loss")).doubleValue()).isCloseTo(0.20919178847,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void rawIrisWithAllFeaturesConvergesAtItsOptimumWithTheDefaults() throws IOException {
        // The columns' scales make Newton's method the default solver; scikit-learn 1.2.1's LogisticRegression()
        // on load_iris().data scores 0.97333 at objective 0.192575444027 (tools/reference/logistic_regression_raw.py).
        Map<String, Object> json = CommandRun.json("run", "logistic-regression", "--dataset", "iris", "--features", "all",
                "--until-done", "--json");

        assertThat(json).containsEntry("status", "CONVERGED").containsEntry("standardize", false);
        assertThat((Integer) json.get("steps")).isLessThan(15);
        assertThat(CommandRun.metrics(json)).containsEntry("accuracy", 0.9733333333333334);
        assertThat(((Number) CommandRun.metrics(json).get("loss")).doubleValue()).isCloseTo(0.192575444027,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(CommandRun.of("run", "logistic-regression", "--dataset", "iris", "--features", "all").out())
                .contains("Default   solver=newton: Newton's method by default here: the features are on very different "
                        + "scales (column mean squares from 2.02 for 'petal width (cm)' to 34.8 for 'sepal length (cm)'");
    }

    @Test
    void unscaledWineByGradientDescentStopsWithAReasonThatSaysStandardize() throws IOException {
        // --param solver=gd wins over the data's default (Newton's method, as Wine's columns are unscaled).
        Map<String, Object> json = CommandRun.json("run", "logistic-regression", "--dataset", "wine", "--features", "all",
                "--param", "solver=gd", "--until-done", "--json");

        assertThat(json).containsEntry("steps", 1).containsEntry("standardize", false);
        assertThat((String) json.get("status")).startsWith("STOPPED: the loss diverged at step 1: the features are on "
                + "very different scales").contains("'proline'", "standardize them");
    }

    @Test
    void theDefaultIsUntilDone() throws IOException {
        assertThat(CommandRun.json("run", "logistic-regression", "--json"))
                .isEqualTo(CommandRun.json("run", "logistic-regression", "--until-done", "--json"));
    }

    @Test
    void aRunIsReproducibleFromItsSeedAndChangesWithIt() throws IOException {
        String[] moons = {"run", "logistic-regression", "--dataset", "moons", "--points", "60", "--noise", "0.3",
                "--steps", "10", "--json"};
        Map<String, Object> first = CommandRun.json(moons);

        assertThat(CommandRun.json(moons)).isEqualTo(first);
        assertThat(first).containsEntry("dataset", "moons").containsEntry("steps", 10);
        String[] otherSeed = java.util.stream.Stream.concat(java.util.Arrays.stream(moons), java.util.stream.Stream.of("--seed", "7"))
                .toArray(String[]::new);
        assertThat(CommandRun.json(otherSeed).get("metrics")).isNotEqualTo(first.get("metrics"));
    }

    @Test
    void parametersReachTheEngine() throws IOException {
        Map<String, Object> slow = CommandRun.metrics(CommandRun.json("run", "optimizers", "--steps", "3", "--param", "learningRate=0.001",
                "--json"));
        Map<String, Object> fast = CommandRun.metrics(CommandRun.json("run", "optimizers", "--steps", "3", "--param", "learningRate=0.2",
                "--json"));

        assertThat(slow).isNotEqualTo(fast);
    }

    @Test
    void aSurfaceBringsItsOwnStartAndRatesUnlessTheyAreGivenInWhateverOrder() throws IOException {
        // Rosenbrock's start (−1.2, 1), gradient (−215.6, −88), and its own rate 0.001: one step of GD.
        Map<String, Object> own = CommandRun.metrics(CommandRun.json("run", "optimizers", "--param", "surface=rosenbrock", "--steps", "1",
                "--json"));
        assertThat(numbers(own.get("theta_gd"))).containsExactly(new double[] {-1.2 + 0.2156, 1 + 0.088},
                org.assertj.core.data.Offset.offset(1e-9));
        // The bowl's rate 0.1 given before the surface is the learner's, and is kept.
        Map<String, Object> given = CommandRun.metrics(CommandRun.json("run", "optimizers", "--param", "learningRate=0.1", "--param",
                "surface=rosenbrock", "--steps", "1", "--json"));
        assertThat(numbers(given.get("theta_gd"))).containsExactly(new double[] {-1.2 + 21.56, 1 + 8.8},
                org.assertj.core.data.Offset.offset(1e-9));
    }

    private static double[] numbers(Object list) {
        return ((List<?>) list).stream().mapToDouble(value -> ((Number) value).doubleValue()).toArray();
    }

    @Test
    void aCsvFileIsData() throws IOException {
        Path csv = folder.resolve("points.csv");
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 20; i++) {
            text.append(i % 2 == 0 ? -1 - i * 0.1 : 1 + i * 0.1).append(',').append(i * 0.05).append(',')
                    .append(i % 2 == 0 ? "red" : "blue").append('\n');
        }
        Files.writeString(csv, text);

        Map<String, Object> json = CommandRun.json("run", "logistic-regression", "--dataset", csv.toString(), "--steps", "20",
                "--json");

        assertThat((String) json.get("dataset")).contains("points");
        assertThat(json).containsEntry("steps", 20);
    }

    @Test
    void textNamesEveryFact() {
        CommandRun run = CommandRun.of("run", "logistic-regression", "--steps", "4");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Lesson    logistic-regression", "Data      moons (200 rows", "Seed      0",
                "Steps     4", "Status    CONTINUE", "Metrics", "  accuracy");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run kmeanz | Unknown lesson 'kmeanz'; the lessons are: ",
        "run | Name a lesson; the lessons are: ",
        "run optimizers --param bogus=1 | There is no parameter 'bogus'; the parameters are: ",
        "run optimizers --param learningRate=50 | The 'learningRate' parameter must be a number in the range",
        "run optimizers --param learningRate | --param takes NAME=VALUE",
        "run logistic-regression --dataset mooons | Unknown data set 'mooons'",
        "run optimizers --dataset iris | The lesson 'optimizers' works without a data set",
        "run logistic-regression --dataset diabetes | This lesson needs data with classes, and diabetes has a real-valued target",
        "run knn --param task=regress --dataset iris | With task=regress this lesson needs data with a real-valued target, and iris has classes",
        "run knn --dataset diabetes | or set the task to Regress.",
        "run knn --param task=predict | The 'task' parameter must be one of",
        "run logistic-regression --steps -1 | The '--steps' option must be an integer in the range [0, 1000000]; got -1.",
        "run logistic-regression --steps many | Invalid value for option '--steps': 'many' is not an int",
        "run logistic-regression --steps 3 --until-done | Use either --steps N or --until-done, not both.",
        "run logistic-regression --points 50 | name a generator with --dataset",
        "run logistic-regression --dataset iris --noise 0.2 | 'iris' is not one",
        "run logistic-regression --dataset moons --points 0 | The '--points' option must be an integer in the range [1, 100000]; got 0.",
        "run logistic-regression --dataset moons --classes 3 | exactly 2 classes",
        "run logistic-regression --size 10 | a generator's size is --points N",
        "run logistic-regression --dataset missing.csv | missing.csv",
        "run logistic-regression --dataset iris --features petal | The '--features' option takes 'all' or column names",
        "run optimizers --features all | leave out --dataset, --points, --noise, --classes and --features",
        "run optimizers --standardize | works without a data set; leave out --standardize and --test-size.",
        "run optimizers --test-size 0.2 | works without a data set; leave out --standardize and --test-size.",
        "run knn --dataset iris --test-size 1 | The test size must be a fraction more than 0 and less than 1; got 1.0.",
        "run knn --dataset iris --test-size -0.1 | The test size must be a fraction more than 0 and less than 1",
        "run knn --dataset iris --points 5 --test-size 0.5 | --points, --noise and --classes apply to generators",
    })
    void badArgumentsExitWithStatusTwoAndOneLine(String arguments, String expected) {
        CommandRun run = CommandRun.of(arguments.split(" "));

        assertThat(run.status()).isEqualTo(StepwiseCommand.BAD_ARGUMENTS);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains(expected);
    }

    @Test
    void testSizeHoldsRowsOutOfTheFitAndScoresTheFitOnThem() throws IOException {
        Map<String, Object> json = CommandRun.json("run", "linear-regression", "--dataset", "diabetes", "--features", "bmi",
                "--param", "solver=normal", "--test-size", "0.25", "--seed", "3", "--json");

        assertThat(json).containsEntry("test_size", 0.25);
        // The same split, made here: the fit must be the one of the training rows alone.
        Dataset diabetes = BuiltInDatasets.load("diabetes");
        Dataset bmi = diabetes.selectFeatures(diabetes.featureNames().indexOf("bmi"));
        Dataset marked = TrainTestSplit.holdOut(bmi, 0.25, 3);
        assertThat(marked.heldOutCount()).isEqualTo(111);
        Path training = folder.resolve("training.csv");
        StringBuilder csv = new StringBuilder("bmi,target\n");
        for (int i = 0; i < marked.training().size(); i++) {
            csv.append(Double.toString(marked.training().feature(i, 0))).append(',')
                    .append(Double.toString(marked.training().target(i))).append('\n');
        }
        Files.writeString(training, csv);
        Map<String, Object> alone = CommandRun.json("run", "linear-regression", "--dataset", training.toString(), "--param",
                "solver=normal", "--json");
        double slope = ((Number) ((List<?>) CommandRun.metrics(json).get("coef")).get(0)).doubleValue();
        double intercept = ((Number) CommandRun.metrics(json).get("intercept")).doubleValue();
        assertThat(slope).isCloseTo(((Number) ((List<?>) CommandRun.metrics(alone).get("coef")).get(0)).doubleValue(),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(intercept).isCloseTo(((Number) CommandRun.metrics(alone).get("intercept")).doubleValue(),
                org.assertj.core.api.Assertions.within(1e-9));
        // test_r2 is r2_score on the held-out rows, by hand.
        Dataset test = marked.heldOut();
        double mean = 0;
        for (int i = 0; i < test.size(); i++) {
            mean += test.target(i) / test.size();
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < test.size(); i++) {
            residual += Math.pow(test.target(i) - (intercept + slope * test.feature(i, 0)), 2);
            total += Math.pow(test.target(i) - mean, 2);
        }
        assertThat(((Number) CommandRun.metrics(json).get("test_r2")).doubleValue()).isCloseTo(1 - residual / total,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(CommandRun.metrics(json).get("r2")).isNotEqualTo(CommandRun.metrics(json).get("test_r2"));
    }

    @Test
    void aClassifierWithHeldOutRowsReportsTestAccuracyAndWithoutThemNone() throws IOException {
        Map<String, Object> held = CommandRun.json("run", "knn", "--dataset", "iris", "--test-size", "0.2", "--json");
        Map<String, Object> all = CommandRun.json("run", "knn", "--dataset", "iris", "--json");

        double accuracy = ((Number) CommandRun.metrics(held).get("test_accuracy")).doubleValue();
        // 30 held-out rows: the accuracy is a whole number of thirtieths.
        assertThat(accuracy * 30).isCloseTo(Math.rint(accuracy * 30), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(accuracy).isBetween(0.5, 1.0);
        assertThat(CommandRun.metrics(all)).doesNotContainKey("test_accuracy");
        assertThat(all).containsEntry("test_size", 0.0);
        assertThat(CommandRun.of("run", "knn", "--dataset", "iris", "--test-size", "0.2").out())
                .contains("Held out  30 rows (test size 0.2), never trained on");
    }

    @Test
    void aDataDependentRefusalOfTheEngineIsABadArgument() {
        // Every parameter is in range on its own; only the data (200 points) makes the batch too large.
        CommandRun run = CommandRun.of("run", "logistic-regression", "--param", "batchSize=500");

        assertThat(run.status()).isEqualTo(StepwiseCommand.BAD_ARGUMENTS);
        assertThat(run.errLines()).singleElement().asString().contains("batch size", "200");
    }
}
