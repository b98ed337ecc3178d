/**
 * The parameter sheet: a ControlsFX {@code PropertySheet} generated from an engine's
 * {@link org.stepwise.algo.ParamSpec}s, the way Ensemble8 builds its playground from
 * declarations. No lesson builds its own controls.
 */
package org.stepwise.viz.lesson.params;
