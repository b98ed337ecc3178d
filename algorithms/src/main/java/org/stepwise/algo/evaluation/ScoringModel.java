package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.bayes.NaiveBayesFactory;
import org.stepwise.algo.bayes.NaiveBayesSnapshot;
import org.stepwise.algo.ensemble.RandomForest;
import org.stepwise.algo.ensemble.RandomForestFactory;
import org.stepwise.algo.linear.LogisticRegressionFactory;
import org.stepwise.algo.neighbors.KnnFactory;
import org.stepwise.algo.neighbors.KnnSnapshot;
import org.stepwise.data.Dataset;

/**
 * The classifiers an evaluation lesson scores with, each fitted through its own lesson's engine
 * with that lesson's defaults (never a second implementation): logistic regression (solver
 * {@code newton}, which reaches scikit-learn's {@code LogisticRegression()} optimum in a few
 * steps), k-nearest neighbours (k = 5), Gaussian naive Bayes and a random forest (100 trees).
 */
public enum ScoringModel {
    LOGISTIC_REGRESSION("logistic-regression", "logistic regression"),
    KNN("knn", "k-NN"),
    NAIVE_BAYES("naive-bayes", "naive Bayes"),
    /** Offered by the calibration lesson only: its averaged votes shy away from 0 and 1. */
    RANDOM_FOREST("random-forest", "random forest");

    /** The {@code model} parameter's words of the threshold lessons, in order. */
    public static final List<String> NAMES = List.of("logistic-regression", "knn", "naive-bayes");

    /** More steps than any of the three fits takes to its end with its defaults. */
    private static final int MOST_STEPS = 100_000;

    private final String parameter;
    private final String shortName;

    ScoringModel(String parameter, String shortName) {
        this.parameter = parameter;
        this.shortName = shortName;
    }

    public String parameter() { return parameter; }

    /** The classifier's name in a sentence or a legend ("k-NN"). */
    public String shortName() { return shortName; }

    public static ScoringModel named(String name) {
        for (ScoringModel model : values()) {
            if (model.parameter.equals(name)) {
                return model;
            }
        }
        throw new IllegalArgumentException("model must be one of " + NAMES + "; got '" + name + "'");
    }

    /**
     * Fits on {@code train} (run to its end) and writes the class probabilities of the
     * {@code count} rows of {@code rows} (row-major, the same features) to
     * {@code out[i·K + k]}. Not modified: train, rows. Modified: out.
     */
    void fitAndScore(Dataset train, double[] rows, int count, double[] out, long seed) {
        switch (this) {
            case LOGISTIC_REGRESSION -> {
                LogisticRegressionFactory factory = new LogisticRegressionFactory();
                fitted(factory, factory.defaults(train).with("solver", "newton"), train, seed)
                        .predictProbabilities(rows, count, out);
            }
            case KNN -> {
                KnnFactory factory = new KnnFactory();
                KnnSnapshot start = factory.create(train, factory.defaults(train), seed).snapshot();
                start.model().predictProbabilities(rows, count, out);
            }
            case NAIVE_BAYES -> {
                NaiveBayesFactory factory = new NaiveBayesFactory();
                NaiveBayesSnapshot end = fitted(factory, factory.defaults(train), train, seed);
                end.predictProbabilities(rows, count, out);
            }
            case RANDOM_FOREST -> {
                RandomForestFactory factory = new RandomForestFactory();
                RandomForest forest = fitted(factory, factory.defaults(train), train, seed).forest();
                int d = train.featureCount();
                for (int i = 0; i < count; i++) {
                    forest.probabilities(rows, i * d, out, i * forest.classCount());
                }
            }
        }
    }

    private static <S extends Snapshot> S fitted(EngineFactory<S> factory, org.stepwise.algo.Params params,
                                                 Dataset train, long seed) {
        Engine<S> engine = factory.create(train, params, seed);
        for (int i = 0; i < MOST_STEPS && !engine.step().isFinal(); i++) {
            // each step is one update of the fit; its end is the fitted model
        }
        return engine.snapshot();
    }
}
