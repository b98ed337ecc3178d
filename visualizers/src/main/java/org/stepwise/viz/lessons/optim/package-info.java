/** The optimizer lesson: optimizers racing on a loss surface. */
package org.stepwise.viz.lessons.optim;
