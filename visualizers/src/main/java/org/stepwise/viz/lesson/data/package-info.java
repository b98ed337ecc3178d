/**
 * The data picker of a lesson: built-in sets, generators, CSV import with a column picker, and
 * point edits with undo and redo. Slow work (reading, generating) runs off the FX thread; a
 * refused file leaves the lesson's data as it was.
 */
package org.stepwise.viz.lesson.data;
