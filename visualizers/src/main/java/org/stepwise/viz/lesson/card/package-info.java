/**
 * Explanation cards: one small text resource per lesson, {@code /org/stepwise/viz/cards/<lesson-id>.md},
 * parsed into an immutable {@link org.stepwise.viz.lesson.card.CardDocument} and drawn by
 * {@link org.stepwise.viz.lesson.card.ExplanationCard}; formulas are painted by JLaTeXMath.
 *
 * <p>The dialect is a small part of Markdown, one construct per line:
 * <ul>
 *   <li>{@code # Title} on the first line, and nowhere else;</li>
 *   <li>{@code ## Section}: exactly the eight sections of the curriculum's entry template, in this
 *       order, none empty: Intent, Formulation, Assumptions, When to prefer, When to avoid,
 *       Neighbour methods, Diagnostics, Try this;</li>
 *   <li>paragraphs: consecutive text lines, ended by a blank line or another construct;</li>
 *   <li>{@code - } starts a bullet; the text lines right under it continue it;</li>
 *   <li>display formulas in LaTeX on their own lines: {@code $$ … $$} on one line, or {@code $$}
 *       opening and closing on separate lines;</li>
 *   <li>inside text: {@code $…$} inline formulas, {@code **bold**}, {@code \$} for a dollar sign,
 *       and links to neighbour lessons {@code [[lesson-id]]} or {@code [[lesson-id|shown text]]}.</li>
 * </ul>
 * Anything else is refused with an {@code IllegalArgumentException} naming the line: an unknown,
 * missing, repeated or empty section, an unclosed {@code $$}, {@code $}, {@code **} or {@code [[},
 * a malformed lesson id. No JavaFX is needed to parse a card or to paint its formulas
 * ({@link org.stepwise.viz.lesson.card.CardRendering}).
 */
package org.stepwise.viz.lesson.card;
