package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neighbors.KnnClassifier;
import org.stepwise.algo.neighbors.KnnFactory;
import org.stepwise.data.Dataset;
import org.stepwise.data.FeatureScaler;

/**
 * One scaler applied a step: none, then scikit-learn 1.2.1's {@code StandardScaler},
 * {@code MinMaxScaler} and {@code RobustScaler} (sklearn/preprocessing/_data.py; fitted by
 * {@code org.stepwise.data}'s scalers), ending with the one the {@code scaler} parameter names.
 * A step fits the scaler on the training rows and scales every row with it, then
 *
 * <ul>
 *   <li>scores k-nearest neighbours on the scaled columns as {@code cross_val_score(make_pipeline(
 *   scaler, KNeighborsClassifier(n_neighbors)), X, y, cv=StratifiedKFold(5))} does: in each fold the
 *   scaler is fitted on the fold's training rows only and k-NN (its own lesson's classifier, through
 *   {@link KnnFactory}) on the same rows scaled; {@code accuracy} is the folds' mean;</li>
 *   <li>fits k-NN on all training rows scaled, for the boundary drawn;</li>
 *   <li>runs gradient descent on a linear model of the scaled columns to convergence
 *   ({@link ScaledDescent}) and counts its updates ({@code gd_steps}).</li>
 * </ul>
 *
 * A step allocates its fits, as fresh estimators do. The run ends, converged, with the last scaler.
 */
final class FeatureScalingEngine implements Engine<FeatureScalingSnapshot> {

    private static final int KINDS = ScalerKind.values().length;

    private final Dataset data;
    private final Dataset train;
    private final ScalerKind last;
    private final int k;
    private final List<Split> folds;
    private final long seed;
    private final double[] accuracies = new double[KINDS];
    private final double[] gdSteps = new double[KINDS];

    private StepResult status = StepResult.CONTINUE;
    private FeatureScalingSnapshot snapshot;

    FeatureScalingEngine(Dataset data, ScalerKind last, int k, List<Split> folds, long seed) {
        this.data = data;
        this.train = data.training();
        this.last = last;
        this.k = k;
        this.folds = folds;
        this.seed = seed;
        Arrays.fill(accuracies, Double.NaN);
        Arrays.fill(gdSteps, Double.NaN);
        snapshot = FeatureScalingSnapshot.start(data, last, k);
    }

    @Override
    public FeatureScalingSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        ScalerKind kind = ScalerKind.values()[snapshot.step()];
        FeatureScaler scaler = kind.fit(train);
        Dataset scaled = kind.scaled(scaler, data);
        Dataset scaledTrain = scaled.training();
        double[] scores = crossValidated(kind);
        KnnClassifier model = knn(scaledTrain);
        ScaledDescent descent = ScaledDescent.run(scaledTrain.featuresRowMajor(), scaledTrain.targets(),
                scaledTrain.size());
        accuracies[kind.ordinal()] = mean(scores);
        gdSteps[kind.ordinal()] = descent == null ? Double.NaN : descent.steps();
        if (kind == last) {
            status = StepResult.CONVERGED;
        }
        snapshot = new FeatureScalingSnapshot(snapshot.step() + 1, status, new FeatureScalingSnapshot.Applied(kind,
                scaler, scaled, model, scores, descent), last, k, accuracies, gdSteps);
        return status;
    }

    /** The accuracy of each fold: the scaler and k-NN fitted on its training rows, scored on its validation rows. */
    private double[] crossValidated(ScalerKind kind) {
        double[] scores = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            Split fold = folds.get(f);
            Dataset foldTrain = train.selectRows(fold.train());
            FeatureScaler scaler = kind.fit(foldTrain);
            Dataset validation = scaler.transform(train.selectRows(fold.test()));
            KnnClassifier model = knn(scaler.transform(foldTrain));
            int[] predicted = new int[validation.size()];
            model.predict(validation.featuresRowMajor(), validation.size(), predicted,
                    new double[validation.size() * data.classCount()]);
            int correct = 0;
            for (int i = 0; i < predicted.length; i++) {
                correct += predicted[i] == validation.label(i) ? 1 : 0;
            }
            scores[f] = (double) correct / predicted.length;
        }
        return scores;
    }

    /** k-NN fitted on {@code rows} through its own lesson's factory (k-NN is fitted by storing the rows). */
    private KnnClassifier knn(Dataset rows) {
        KnnFactory factory = new KnnFactory();
        return factory.create(rows, factory.defaults(rows).with("nNeighbors", k), seed).snapshot().model();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
