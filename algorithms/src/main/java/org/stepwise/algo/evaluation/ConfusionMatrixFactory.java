package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.data.TrainTestSplit;

/**
 * The confusion-matrix lesson: a classifier (logistic regression, k-NN or naive Bayes, through
 * their engines) fitted on part of the data scores the held-out rest ({@code testSize}, a seeded
 * stratified split as scikit-learn's {@code train_test_split(stratify=y)}); each step moves the
 * decision threshold on the positive class's probability one notch up, from 0 to {@code threshold},
 * and every metric of the held-out confusion matrix follows.
 */
public final class ConfusionMatrixFactory implements EngineFactory<ConfusionMatrixSnapshot> {

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("model", "logistic-regression", ScoringModel.NAMES)
                    .optionLabels("Logistic regression", "k-nearest neighbours (k = 5)", "Gaussian naive Bayes")
                    .help("the classifier whose probabilities are thresholded, fitted by its own lesson's engine"),
            ParamSpec.real("threshold", 0.5).between(0, 1)
                    .help("a row is predicted positive when P(positive class) is at least this; the run sweeps up to it"),
            ParamSpec.integer("positiveClass", 1).between(0, 99).label("Positive class")
                    .help("the class whose probability is thresholded (one-vs-rest when there are more than two)"),
            ParamSpec.integer("notches", 20).between(2, 1000)
                    .help("each step moves the threshold up by 1 / notches"),
            ParamSpec.real("testSize", 0.3).between(0.05, 0.95).label("Held-out share")
                    .help("share of the rows held out of the fit and scored (stratified, seeded)"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<ConfusionMatrixSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        int positive = params.integer("positiveClass");
        if (positive >= data.classCount()) {
            throw new IllegalArgumentException("positiveClass must name one of the data's " + data.classCount()
                    + " classes (0 to " + (data.classCount() - 1) + "); got " + positive + ".");
        }
        long present = Arrays.stream(data.labels()).distinct().count();
        if (present < 2) {
            throw new IllegalArgumentException("A confusion matrix needs rows of at least two classes; the data has only"
                    + " class '" + data.classNames().get(data.label(0)) + "', so precision, recall, specificity and"
                    + " ROC AUC are undefined.");
        }
        TrainTestSplit.Parts parts = TrainTestSplit.split(data, params.real("testSize"), seed, true);
        Dataset test = parts.test();
        int[] labels = test.labels();
        int positives = (int) Arrays.stream(labels).filter(y -> y == positive).count();
        String name = data.classNames().get(positive);
        if (positives == 0 || positives == labels.length) {
            throw new IllegalArgumentException("The held-out rows are all " + (positives == 0 ? "outside" : "in")
                    + " the positive class '" + name + "', so " + (positives == 0 ? "recall and ROC AUC are"
                    : "specificity and ROC AUC are") + " undefined; raise testSize or choose another positiveClass.");
        }
        ScoringModel model = ScoringModel.named(params.choice("model"));
        double[] probabilities = new double[test.size() * data.classCount()];
        model.fitAndScore(parts.train(), test.featuresRowMajor(), test.size(), probabilities, seed);
        ScoredRows rows = new ScoredRows(model.parameter(), data.classNames(), positive, labels, probabilities);
        return new ConfusionMatrixEngine(rows, params.real("threshold"), params.integer("notches"));
    }
}
