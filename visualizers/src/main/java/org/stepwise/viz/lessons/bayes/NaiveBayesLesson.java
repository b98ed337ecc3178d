package org.stepwise.viz.lessons.bayes;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.bayes.NaiveBayesFactory;
import org.stepwise.algo.bayes.NaiveBayesSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Gaussian naive Bayes, LDA and QDA, one class's estimates per step, then the posterior (curriculum T1.10). */
@LessonEntry(id = "naive-bayes", title = "Naive Bayes, LDA and QDA", family = "bayes", level = Level.CLASSICAL_ML,
        tags = {"naive bayes", "gaussian", "bayes rule", "posterior", "prior", "lda", "qda", "discriminant analysis",
                "generative", "covariance", "classification", "decision boundary"},
        neighbours = {"logistic-regression", "knn"})
public final class NaiveBayesLesson implements Lesson<NaiveBayesSnapshot> {

    static final String DEFAULT_DATA_NAME = "three Gaussian classes";
    private static final int POINTS_PER_CLASS = 60;
    /**
     * Centres and the linear maps that shape each class (covariance M·Mᵀ): a cigar rising to the
     * right (correlation 0.77), one leaning the other way (−0.85), a wide round cloud.
     */
    private static final double[][] CENTRES = {{-2, 0.5}, {2, 1}, {0, -2.5}};
    private static final double[][][] SHAPES = {
            {{1.0, 0.3}, {0.7, -0.3}},
            {{0.5, 0.15}, {-0.9, 0.25}},
            {{0.9, 0.0}, {0.0, 0.6}}};

    private final NaiveBayesFactory factory = new NaiveBayesFactory();

    @Override
    public EngineFactory<NaiveBayesSnapshot> factory() { return factory; }

    /**
     * Three 2-D Gaussian classes of different shapes and orientations (60 points each, seed 7), so
     * that naive Bayes's axis-aligned ellipses, LDA's one shared ellipse and QDA's own ellipses
     * all look different, and QDA's boundaries curve. Generators' blobs are round and equal, which
     * would make the three models look alike.
     */
    @Override
    public Dataset defaultData() {
        RandomGenerator random = Randomness.generator(7);
        int n = POINTS_PER_CLASS * CENTRES.length;
        double[][] x = new double[n][2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int k = i % CENTRES.length;
            double u = random.nextGaussian();
            double v = random.nextGaussian();
            x[i][0] = CENTRES[k][0] + SHAPES[k][0][0] * u + SHAPES[k][0][1] * v;
            x[i][1] = CENTRES[k][1] + SHAPES[k][1][0] * u + SHAPES[k][1][1] * v;
            labels[i] = k;
        }
        return Dataset.classification(DEFAULT_DATA_NAME, x, labels, List.of("x1", "x2"), List.of("a", "b", "c"));
    }

    @Override
    public LessonView<NaiveBayesSnapshot> createView() { return new NaiveBayesView(); }

    @Override
    public LessonChart<NaiveBayesSnapshot> chart() {
        return LessonChart.<NaiveBayesSnapshot>of("log_likelihood").labelled("log_likelihood", "mean log-likelihood");
    }
}
