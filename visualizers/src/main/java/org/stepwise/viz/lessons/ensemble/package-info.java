/**
 * The ensemble family's lessons: voting and stacking, which combine classifiers that other
 * lessons fit (each through its own engine) rather than growing one kind of model.
 */
package org.stepwise.viz.lessons.ensemble;
