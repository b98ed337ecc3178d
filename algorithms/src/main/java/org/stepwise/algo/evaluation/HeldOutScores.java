package org.stepwise.algo.evaluation;

import java.util.Arrays;
import org.stepwise.algo.ParamSpec;
import org.stepwise.data.Dataset;
import org.stepwise.data.TrainTestSplit;

/**
 * The held-out rows a threshold lesson scores: a seeded stratified split of the data (as
 * scikit-learn's {@code train_test_split(stratify=y)}), checked so that every threshold metric of
 * the positive class is defined, and each classifier ({@link ScoringModel}) fitted on the training
 * part scores the same held-out part. The confusion-matrix and ROC/PR lessons share it, so both
 * refuse the same data with the same sentences.
 */
final class HeldOutScores {

    /** The classifier that scores the rows; {@code help} says what the lesson does with its scores. */
    static ParamSpec<String> modelSpec(String help) {
        return ParamSpec.choice("model", "logistic-regression", ScoringModel.NAMES)
                .optionLabels("Logistic regression", "k-nearest neighbours (k = 5)", "Gaussian naive Bayes")
                .help(help);
    }

    static final ParamSpec<Integer> POSITIVE_CLASS = ParamSpec.integer("positiveClass", 1).between(0, 99)
            .label("Positive class")
            .help("the class whose probability is thresholded (one-vs-rest when there are more than two)");

    static final ParamSpec<Double> TEST_SIZE = ParamSpec.real("testSize", 0.3).between(0.05, 0.95)
            .label("Held-out share")
            .help("share of the rows held out of the fit and scored (stratified, seeded)");

    private final Dataset data;
    private final TrainTestSplit.Parts parts;
    private final int positive;
    private final double testShare;

    private HeldOutScores(Dataset data, TrainTestSplit.Parts parts, int positive, double testShare) {
        this.testShare = testShare;
        this.data = data;
        this.parts = parts;
        this.positive = positive;
    }

    /**
     * Splits {@code data}, refusing with one sentence a positive class the data lacks, data of one
     * class (which {@code subject}, "A confusion matrix needs", cannot use) and a held-out part of
     * one class.
     */
    static HeldOutScores split(Dataset data, int positive, double testSize, long seed, String subject) {
        if (positive >= data.classCount()) {
            throw new IllegalArgumentException("positiveClass must name one of the data's " + data.classCount()
                    + " classes (0 to " + (data.classCount() - 1) + "); got " + positive + ".");
        }
        long present = Arrays.stream(data.labels()).distinct().count();
        if (present < 2) {
            throw new IllegalArgumentException(subject + " rows of at least two classes; the data has only"
                    + " class '" + data.classNames().get(data.label(0)) + "', so precision, recall, specificity and"
                    + " ROC AUC are undefined.");
        }
        TrainTestSplit.Parts parts = TrainTestSplit.split(data, testSize, seed, true);
        int[] labels = parts.test().labels();
        int positives = (int) Arrays.stream(labels).filter(y -> y == positive).count();
        String name = data.classNames().get(positive);
        if (positives == 0 || positives == labels.length) {
            throw new IllegalArgumentException("The held-out rows are all " + (positives == 0 ? "outside" : "in")
                    + " the positive class '" + name + "', so " + (positives == 0 ? "recall and ROC AUC are"
                    : "specificity and ROC AUC are") + " undefined; raise testSize or choose another positiveClass.");
        }
        return new HeldOutScores(data, parts, positive, testSize);
    }

    /**
     * The held-out rows as {@code model} (fitted on the training part by its own engine) scores them;
     * the scores of a recent identical fit when there is one ({@link RecentScores}).
     */
    ScoredRows scoredBy(ScoringModel model, long seed) {
        return RecentScores.of(data, positive, testShare, seed, model.parameter(), () -> fitAndScore(model, seed));
    }

    private ScoredRows fitAndScore(ScoringModel model, long seed) {
        Dataset test = parts.test();
        double[] probabilities = new double[test.size() * data.classCount()];
        model.fitAndScore(parts.train(), test.featuresRowMajor(), test.size(), probabilities, seed);
        return new ScoredRows(model.parameter(), data.classNames(), positive, test.labels(), probabilities);
    }
}
