/**
 * The lesson framework: the {@link org.stepwise.viz.lesson.Lesson} contract, its catalog
 * (found through {@link java.util.ServiceLoader}), playback on a background worker, the
 * timeline, the parameter sheet, the data picker, the explanation card and the live metrics.
 */
package org.stepwise.viz.lesson;
