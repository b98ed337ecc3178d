/**
 * The data picker of a lesson: built-in sets, generators, CSV import with a column picker, and
 * point edits with undo and redo ({@link org.stepwise.viz.lesson.data.DataEditHistory} has no
 * JavaFX and is usable alone). Slow work (reading, generating) runs off the FX thread; a refused
 * file or edit leaves the lesson's data as it was.
 */
package org.stepwise.viz.lesson.data;
