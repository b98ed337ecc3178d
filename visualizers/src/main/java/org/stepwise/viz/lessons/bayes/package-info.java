/** Lessons on generative classifiers with Gaussian classes: naive Bayes, LDA and QDA. */
package org.stepwise.viz.lessons.bayes;
