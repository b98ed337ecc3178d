package org.stepwise.algo.neural.regularization;

import java.util.List;

/** What stays the same through a run, shared by its snapshots. */
record RegularizationRun(Technique technique, String strength, List<String> classNames, double learningRate,
                         int batchSize, int maxIter, int trainRows, int validationRows) {

    RegularizationRun {
        classNames = List.copyOf(classNames);
    }
}
