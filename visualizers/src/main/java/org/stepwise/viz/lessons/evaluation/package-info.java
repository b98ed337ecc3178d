/** Lessons on evaluating a model: the confusion matrix and its metrics as the threshold moves. */
package org.stepwise.viz.lessons.evaluation;
