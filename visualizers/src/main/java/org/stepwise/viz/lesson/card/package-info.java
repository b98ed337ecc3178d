/**
 * Explanation cards: a small Markdown dialect per lesson ({@code /org/stepwise/viz/cards/<id>.md})
 * with the eight sections of the curriculum's entry template, parsed by
 * {@link org.stepwise.viz.lesson.card.CardDocument} and drawn by
 * {@link org.stepwise.viz.lesson.card.ExplanationCard}. Syntax: {@code # Title} on the first
 * line; {@code ## Section}; paragraphs; {@code - } bullets; display formulas between {@code $$}
 * lines (or {@code $$ … $$} on one line); inline {@code $…$} formulas; {@code **bold**}; and
 * links to neighbour lessons, {@code [[lesson-id]]} or {@code [[lesson-id|text]]}.
 */
package org.stepwise.viz.lesson.card;
