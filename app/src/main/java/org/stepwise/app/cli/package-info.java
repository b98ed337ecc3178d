/**
 * The command line: {@code stepwise list}, {@code run} and {@code render}, and the entry point
 * that otherwise opens the window. {@code run} never starts JavaFX; {@code render} starts it on
 * Monocle's headless platform when there is no display. No window code lives here.
 */
package org.stepwise.app.cli;
