package org.stepwise.algo.decomposition;

import org.stepwise.algo.StepResult;

/**
 * Where a FastICA run stands: the step, its status, n_iter (the iterations of parallel; the most
 * any unit took in deflation), the last step's change, and, for deflation, the unit being found
 * (−1 for parallel), the unit the last step moved (−1 before the first step, or for parallel),
 * with each unit's iterations and last change (NaN before its first).
 */
record IcaProgress(int step, StepResult status, int iterations, double change, int unit, int moved,
                   int[] unitIterations, double[] unitChange) {
}
