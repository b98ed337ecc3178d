/** The anomaly-detection lessons: outliers by rules, isolation forest and local outlier factor. */
package org.stepwise.viz.lessons.anomaly;
