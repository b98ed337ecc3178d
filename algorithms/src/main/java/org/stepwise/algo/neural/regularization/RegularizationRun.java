package org.stepwise.algo.neural.regularization;

import java.util.List;

/** What stays the same through a run, shared by its snapshots. */
record RegularizationRun(Technique technique, String strength, List<String> classNames, double learningRate,
                         int batchSize, int maxIter, int trainRows, int validationRows, boolean[] validationMask) {

    /** @param validationMask which rows of the data given were set aside (empty when the rows came split) */
    RegularizationRun {
        classNames = List.copyOf(classNames);
        validationMask = validationMask.clone();
    }
}
