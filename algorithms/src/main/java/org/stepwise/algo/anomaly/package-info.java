/**
 * Outlier (anomaly) detection: per-feature rules (IQR fences, z-scores), the isolation forest
 * and the local outlier factor, as scikit-learn 1.2.1 computes them.
 */
package org.stepwise.algo.anomaly;
