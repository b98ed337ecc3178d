package org.stepwise.algo.evaluation;

import java.util.List;

/** Leave-one-out as scikit-learn 1.2.1's {@code LeaveOneOut}: n splits, split i testing row i alone. */
public final class LeaveOneOut {

    private LeaveOneOut() {
    }

    public static List<Split> split(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("leave-one-out needs at least 2 rows; got " + n);
        }
        return Split.fromFolds(Split.range(0, n), n);
    }
}
