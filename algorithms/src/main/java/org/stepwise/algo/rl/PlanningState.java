package org.stepwise.algo.rl;

/**
 * What a dynamic-programming sweep leaves to show: sweeps so far, the last sweep's largest change,
 * policy iteration's improvements and how many cells the last one changed (-1 when the last sweep
 * improved nothing).
 */
record PlanningState(int sweeps, double change, int improvements, int changedActions) {
}
