package org.stepwise.algo.ensemble;

import java.util.List;
import org.stepwise.algo.evaluation.Split;
import org.stepwise.algo.evaluation.StratifiedKFold;
import org.stepwise.data.Dataset;

/**
 * Out-of-fold class probabilities of one member, as scikit-learn 1.2.1's {@code StackingClassifier}
 * makes its meta-learner's inputs ({@code cross_val_predict(clone(est), X, y, cv=5,
 * method="predict_proba")}): {@code cv=5} for a classifier is {@code StratifiedKFold(5)} without
 * shuffling ({@code cv=k}: {@code StratifiedKFold(k)}); each row's probabilities come from the member fitted on the four folds that leave it out.
 */
final class OutOfFold {

    /** scikit-learn's default {@code cv=5}. */
    static final int DEFAULT_FOLDS = 5;

    private OutOfFold() {
    }

    /**
     * Writes the member's out-of-fold probabilities into columns of {@code stacked} (row-major, one row per
     * data row; see {@link VotingEnsemble#stack}).
     */
    static void fill(VotingMember member, Dataset data, int folds, long seed, int m, int members, double[] stacked) {
        int classes = data.classCount();
        for (Split fold : StratifiedKFold.split(data.labels(), folds)) {
            FittedMember fitted = member.fit(data.selectRows(fold.train()), seed);
            Dataset tested = data.selectRows(fold.test());
            int count = tested.size();
            double[] probabilities = new double[count * classes];
            fitted.rows().probabilities(tested.featuresRowMajor(), count, probabilities);
            double[] rows = new double[count * VotingEnsemble.stackedColumns(classes) * members];
            VotingEnsemble.stack(probabilities, count, classes, m, members, rows);
            int width = VotingEnsemble.stackedColumns(classes);
            for (int i = 0; i < count; i++) {
                int at = (fold.test()[i] * members + m) * width;
                System.arraycopy(rows, (i * members + m) * width, stacked, at, width);
            }
        }
    }
}
