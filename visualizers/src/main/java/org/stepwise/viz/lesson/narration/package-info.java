/**
 * The narration under the view: the box that says what the last step did in as many
 * characters as it holds, the narrator that writes it behind the frames, and the labels that
 * keep their width while their text changes.
 */
package org.stepwise.viz.lesson.narration;
