package org.stepwise.viz.lessons.evaluation;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.evaluation.SplitsLeakageFactory;
import org.stepwise.algo.evaluation.SplitsLeakageSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Splits and leakage one pipeline stage a step (curriculum T1.25): a test set put aside, then
 * k-NN cross-validated after feature selection (or scaling) fitted on every row before the split
 * against the same step fitted inside each fold, the optimistic gap between them exposed, and
 * the honest pipeline scored once on the test rows.
 */
@LessonEntry(id = "splits-leakage", title = "Splits and data leakage", family = "evaluation",
        level = Level.CLASSICAL_ML,
        tags = {"data leakage", "leakage", "train test split", "validation set", "test set", "pipeline",
                "feature selection", "SelectKBest", "f_classif", "StandardScaler", "optimistic score",
                "cross-validation", "evaluation", "model selection"},
        neighbours = {"cross-validation", "hyperparameter-search", "knn"})
public final class SplitsLeakageLesson implements Lesson<SplitsLeakageSnapshot> {

    /** The demonstration's own data: rows and columns of pure noise, and a seed. */
    static final int ROWS = 50;
    static final int COLUMNS = 200;
    private static final long SEED = 0;

    private final SplitsLeakageFactory factory = new SplitsLeakageFactory();

    @Override
    public EngineFactory<SplitsLeakageSnapshot> factory() { return factory; }

    /**
     * 50 rows of 200 standard normal columns with coin-flip labels (seed 0), as
     * tools/reference/splits_leakage.py's noise case: no model can beat chance on new rows, so any
     * cross-validated score well above 0.5 is the leak's doing.
     */
    @Override
    public Dataset defaultData() {
        RandomGenerator random = Randomness.generator(SEED);
        double[][] x = new double[ROWS][COLUMNS];
        int[] labels = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < COLUMNS; j++) {
                x[i][j] = random.nextGaussian();
            }
            labels[i] = random.nextInt(2);
        }
        List<String> names = IntStream.range(0, COLUMNS).mapToObj(j -> "noise " + j).collect(Collectors.toList());
        return Dataset.classification("noise (50 × 200, random labels)", x, labels, names, List.of("heads", "tails"));
    }

    /** Every column: selection chooses among all of them; the scatter shows the first two. */
    @Override
    public int drawnFeatures() { return 0; }

    @Override
    public LessonView<SplitsLeakageSnapshot> createView() { return new SplitsLeakageView(); }

    @Override
    public LessonChart<SplitsLeakageSnapshot> chart() {
        // Honest first: the chart's first colour, blue, is the bars' honest colour, its second the leak's.
        return LessonChart.<SplitsLeakageSnapshot>of("honest_score", "leaky_score", "test_score")
                .labelled("honest_score", "honest CV accuracy").labelled("leaky_score", "leaky CV accuracy")
                .labelled("test_score", "test accuracy");
    }
}
