package org.stepwise.viz.lesson.card;

import javafx.scene.paint.Color;

/**
 * The colours of a card in the light or the dark theme. They follow GitHub's Primer palette, the
 * palette of the AtlantaFX themes the app uses, so the card matches the window around it;
 * every text colour keeps a contrast ratio above 7:1 with its background (WCAG AAA), which a
 * washed-out projector needs.
 *
 * @param background  behind the whole card
 * @param ink         body text and formulas
 * @param accent      section headings, bullets and links
 * @param muted       rules and secondary marks
 * @param formulaFill behind display formulas
 * @param danger      the note under a formula that could not be drawn
 */
record CardPalette(Color background, Color ink, Color accent, Color muted, Color formulaFill, Color danger) {

    static final CardPalette LIGHT = new CardPalette(Color.web("#ffffff"), Color.web("#1f2328"),
            Color.web("#0550ae"), Color.web("#d0d7de"), Color.web("#f6f8fa"), Color.web("#a40e26"));

    static final CardPalette DARK = new CardPalette(Color.web("#0d1117"), Color.web("#e6edf3"),
            Color.web("#79c0ff"), Color.web("#30363d"), Color.web("#161b22"), Color.web("#ff9492"));

    static CardPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
