/**
 * Playback of a lesson's run: the bar (reset, step back, step, play, run to end, speed), the
 * keyboard, the cursor that scrubs back through the history and replays, and the timeline.
 */
package org.stepwise.viz.lesson.playback;
