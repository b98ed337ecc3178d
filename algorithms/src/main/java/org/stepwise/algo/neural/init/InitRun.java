package org.stepwise.algo.neural.init;

import java.util.List;
import org.stepwise.algo.neural.ActivationFunction;

/**
 * A run's fixed parts: the activation, the nets' shape, the batch, the schemes compared (in the
 * order they are drawn) and which of them the learner chose.
 */
record InitRun(ActivationFunction function, int depth, int width, int rows, int batches,
               List<WeightScheme> compared, int chosen) {
}
