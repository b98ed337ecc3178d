/**
 * Import of the learner's own CSV files: a preview for the column picker, then a strict read
 * that names the line and column of every problem. Nothing escapes but
 * {@link org.stepwise.data.csv.DataImportException}.
 */
package org.stepwise.data.csv;
