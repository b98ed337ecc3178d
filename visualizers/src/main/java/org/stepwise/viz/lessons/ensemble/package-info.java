/** The ensemble lessons: gradient boosting (and beside it the forests and AdaBoost), drawn with the shared views. */
package org.stepwise.viz.lessons.ensemble;
