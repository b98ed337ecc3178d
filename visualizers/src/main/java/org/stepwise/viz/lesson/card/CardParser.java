package org.stepwise.viz.lesson.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the block structure of a card line by line: the title, the section headings, paragraphs,
 * bullets and display formulas. Running text inside a block is handed to {@link InlineParser}.
 * Every refusal is an {@link IllegalArgumentException} whose message starts with the line number.
 */
final class CardParser {

    private static final String FORMULA_FENCE = "$$";

    private final String[] lines;
    private final Map<String, List<CardDocument.Block>> sections = new LinkedHashMap<>();
    private List<CardDocument.Block> currentSection;
    private String currentName;
    private int currentHeadingLine;

    /** The paragraph or bullet being collected; its lines are joined with single spaces. */
    private final StringBuilder pendingText = new StringBuilder();
    private boolean pendingIsBullet;
    private int pendingLine;

    CardParser(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        // A byte-order mark is invisible in editors; it must not hide the title.
        if (unified.startsWith("\uFEFF")) {
            unified = unified.substring(1);
        }
        this.lines = unified.split("\n", -1);
    }

    CardDocument parse() {
        String first = lines[0].trim();
        if (!first.startsWith("# ") || first.substring(2).isBlank()) {
            throw error(1, "a card starts with its title on the first line, written '# Title'");
        }
        String title = first.substring(2).trim();
        for (int index = 1; index < lines.length; index++) {
            index = readLine(index);
        }
        endPending();
        endSection();
        if (sections.size() < CardDocument.SECTIONS.size()) {
            List<String> missing = CardDocument.SECTIONS.subList(sections.size(), CardDocument.SECTIONS.size());
            throw error(lines.length, "the card ends without the section" + (missing.size() > 1 ? "s " : " ")
                    + quoted(missing));
        }
        return new CardDocument(title, sections);
    }

    /** Reads the line at {@code index} (and more for a formula); returns the index of the last line read. */
    private int readLine(int index) {
        String trimmed = lines[index].trim();
        int number = index + 1;
        if (trimmed.isEmpty()) {
            endPending();
        } else if (trimmed.startsWith("## ")) {
            endPending();
            startSection(trimmed.substring(3).trim(), number);
        } else if (trimmed.startsWith("#")) {
            throw error(number, "the only headings are '# Title' on the first line and '## Section'");
        } else if (trimmed.startsWith(FORMULA_FENCE)) {
            endPending();
            return displayFormula(index);
        } else if (trimmed.startsWith("- ")) {
            endPending();
            startPending(trimmed.substring(2).trim(), true, number);
        } else if (pendingText.isEmpty()) {
            startPending(trimmed, false, number);
        } else {
            // A line right under a paragraph or bullet continues it.
            pendingText.append(' ').append(trimmed);
        }
        return index;
    }

    private void startSection(String name, int number) {
        endSection();
        int expected = sections.size();
        int position = CardDocument.SECTIONS.indexOf(name);
        if (position < 0) {
            throw error(number, "unknown section '" + name + "'; the sections are " + quoted(CardDocument.SECTIONS));
        }
        if (position > expected) {
            throw error(number, "section '" + CardDocument.SECTIONS.get(expected) + "' is missing before '"
                    + name + "'");
        }
        if (position < expected) {
            throw error(number, "section '" + name + "' appears again or out of order; the sections go "
                    + quoted(CardDocument.SECTIONS));
        }
        currentSection = new ArrayList<>();
        currentName = name;
        currentHeadingLine = number;
        sections.put(name, currentSection);
    }

    private void endSection() {
        if (currentSection != null && currentSection.isEmpty()) {
            throw error(currentHeadingLine, "section '" + currentName + "' is empty");
        }
    }

    /** Reads a display formula whose opening fence is on line {@code start}; returns the index of its closing line. */
    private int displayFormula(int start) {
        int number = start + 1;
        String opening = lines[start].trim().substring(FORMULA_FENCE.length());
        int close = opening.indexOf(FORMULA_FENCE);
        if (close >= 0) {
            if (!opening.substring(close + FORMULA_FENCE.length()).isBlank()) {
                throw error(number, "text after the closing $$; a display formula stands on its own line");
            }
            addFormula(opening.substring(0, close), number);
            return start;
        }
        StringBuilder latex = new StringBuilder(opening);
        for (int index = start + 1; index < lines.length; index++) {
            String trimmed = lines[index].trim();
            int end = trimmed.indexOf(FORMULA_FENCE);
            if (end >= 0) {
                if (!trimmed.substring(end + FORMULA_FENCE.length()).isBlank()) {
                    throw error(index + 1, "text after the closing $$; a display formula stands on its own line");
                }
                latex.append(' ').append(trimmed, 0, end);
                addFormula(latex.toString(), number);
                return index;
            }
            if (trimmed.startsWith("## ")) {
                break;
            }
            latex.append(' ').append(trimmed);
        }
        throw error(number, "the display formula opened here with $$ is never closed");
    }

    private void addFormula(String latex, int number) {
        if (latex.isBlank()) {
            throw error(number, "empty display formula");
        }
        requireSection(number).add(new CardDocument.DisplayFormula(latex.trim()));
    }

    private void startPending(String text, boolean bullet, int number) {
        requireSection(number);
        pendingText.append(text);
        pendingIsBullet = bullet;
        pendingLine = number;
    }

    private void endPending() {
        if (pendingText.isEmpty()) {
            return;
        }
        List<CardDocument.Inline> runs = InlineParser.parse(pendingText.toString(), pendingLine);
        currentSection.add(pendingIsBullet ? new CardDocument.Bullet(runs) : new CardDocument.Paragraph(runs));
        pendingText.setLength(0);
    }

    private List<CardDocument.Block> requireSection(int number) {
        if (currentSection == null) {
            throw error(number, "text before the first '## Section'");
        }
        return currentSection;
    }

    private static String quoted(List<String> names) {
        return "'" + String.join("', '", names) + "'";
    }

    static IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException("card line " + line + ": " + message);
    }
}
