/** Reinforcement-learning lessons: the multi-armed bandit. */
package org.stepwise.viz.lessons.rl;
