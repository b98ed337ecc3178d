/**
 * Support vector machines (curriculum T1.09): C-SVC (one-vs-one) and ε-SVR trained by LIBSVM's
 * SMO solver one pair update per step, as scikit-learn 1.2.1's {@code SVC} and {@code SVR}.
 */
package org.stepwise.algo.svm;
