/** The support vector machine lesson: SMO one pair update at a time, C-SVC and ε-SVR. */
package org.stepwise.viz.lessons.svm;
