/**
 * The parameter sheet, generated from an engine's {@link org.stepwise.algo.ParamSpec}s: their
 * groups give its collapsible headings, their "applies when" conditions disable what does not
 * apply, their kinds pick the editors. No lesson builds its own controls.
 */
package org.stepwise.viz.lesson.params;
