/**
 * The command line: {@code stepwise list}, {@code run} and {@code render}, and the entry point
 * that opens the window otherwise. {@code run} never starts JavaFX; {@code render} starts it on
 * Monocle's headless platform when there is no display.
 */
package org.stepwise.app.cli;
