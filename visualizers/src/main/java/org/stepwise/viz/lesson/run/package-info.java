/**
 * A lesson's run: the engine on its worker thread ({@code LessonRunner}), the history of its
 * snapshots, the inputs of the run on show, the warm-up before the first play, the pacing of
 * frames, the replay of a run headless, and the feed of the live metrics chart.
 */
package org.stepwise.viz.lesson.run;
