package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.algo.Params;
import org.stepwise.algo.neighbors.KnnClassifier;
import org.stepwise.algo.neighbors.KnnFactory;
import org.stepwise.data.Dataset;
import org.stepwise.data.Standardizer;

/**
 * Cross-validation of a preprocessing step followed by k-NN ({@link KnnFactory}'s defaults, k = 5,
 * fitted by its own engine), with the step fitted either once on all rows before the split (the
 * leak) or inside each fold on its training rows only, as scikit-learn 1.2.1's
 * {@code cross_val_score(KNeighborsClassifier(), step.fit_transform(X), y, cv)} against
 * {@code cross_val_score(Pipeline([step, KNeighborsClassifier()]), X, y, cv)}. The steps:
 * {@link Step#SELECT} ({@code SelectKBest(f_classif, k)}, {@link FeatureSelection}) and
 * {@link Step#SCALE} ({@code StandardScaler()}, {@link Standardizer}).
 */
public final class LeakagePipelines {

    /** The preprocessing step. */
    public enum Step { NONE, SELECT, SCALE }

    private LeakagePipelines() {
    }

    /**
     * Each fold's accuracy of k-NN after {@code step} ({@code k} features for SELECT), fitted on all
     * rows first when {@code leaky}, else on each fold's training rows.
     */
    public static double[] crossValScore(Dataset data, List<Split> folds, Step step, int k, boolean leaky) {
        Dataset prepared = leaky ? fitted(data, data, step, k) : data;
        double[] scores = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            Dataset train = prepared.selectRows(folds.get(f).train());
            Dataset validation = prepared.selectRows(folds.get(f).test());
            if (!leaky) {
                Dataset fittedOn = train;
                train = fitted(fittedOn, train, step, k);
                validation = fitted(fittedOn, validation, step, k);
            }
            scores[f] = knnAccuracy(train, validation);
        }
        return scores;
    }

    /** {@code rows} transformed by the step fitted on {@code fitOn}. */
    static Dataset fitted(Dataset fitOn, Dataset rows, Step step, int k) {
        return switch (step) {
            case NONE -> rows;
            case SELECT -> rows.selectFeatures(FeatureSelection.selectKBest(FeatureSelection.fClassif(fitOn), k));
            case SCALE -> Standardizer.fit(fitOn).transform(rows);
        };
    }

    /** k-NN (k = 5) fitted on {@code train}, the share of {@code validation} it classifies right. */
    static double knnAccuracy(Dataset train, Dataset validation) {
        KnnFactory factory = new KnnFactory();
        Params params = factory.defaults(train);
        KnnClassifier model = factory.create(train, params, 0).snapshot().model();
        int n = validation.size();
        int[] predicted = new int[n];
        model.predict(validation.featuresRowMajor(), n, predicted, new double[train.classCount()]);
        int correct = 0;
        for (int i = 0; i < n; i++) {
            correct += predicted[i] == validation.label(i) ? 1 : 0;
        }
        return (double) correct / n;
    }
}
