package org.stepwise.viz.lesson.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the card dialect described in the package documentation, line by line. */
final class CardParser {

    private final String[] lines;
    private final Map<String, List<CardDocument.Block>> sections = new LinkedHashMap<>();
    private List<CardDocument.Block> current;
    private final StringBuilder paragraph = new StringBuilder();
    private int paragraphLine;

    CardParser(String text) {
        this.lines = text.replace("\r\n", "\n").split("\n", -1);
    }

    CardDocument parse() {
        int index = 0;
        while (index < lines.length && lines[index].isBlank()) {
            index++;
        }
        if (index == lines.length || !lines[index].startsWith("# ")) {
            throw error(index + 1, "a card starts with '# Title'");
        }
        String title = lines[index].substring(2).trim();
        for (index++; index < lines.length; index++) {
            String line = lines[index];
            String trimmed = line.trim();
            int number = index + 1;
            if (trimmed.startsWith("## ")) {
                endParagraph();
                startSection(trimmed.substring(3).trim(), number);
            } else if (trimmed.startsWith("$$")) {
                endParagraph();
                index = formula(index);
            } else if (trimmed.startsWith("- ")) {
                endParagraph();
                requireSection(number).add(new CardDocument.Bullet(inlines(trimmed.substring(2).trim(), number)));
            } else if (trimmed.isEmpty()) {
                endParagraph();
            } else {
                requireSection(number);
                if (paragraph.isEmpty()) {
                    paragraphLine = number;
                } else {
                    paragraph.append(' ');
                }
                paragraph.append(trimmed);
            }
        }
        endParagraph();
        List<String> missing = new ArrayList<>(CardDocument.SECTIONS);
        missing.removeAll(sections.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the card has no section " + String.join(", ", missing));
        }
        return new CardDocument(title, sections);
    }

    private void startSection(String name, int number) {
        int expected = sections.size();
        if (!CardDocument.SECTIONS.contains(name)) {
            throw error(number, "unknown section '" + name + "'; the sections are " + CardDocument.SECTIONS);
        }
        if (expected >= CardDocument.SECTIONS.size() || !CardDocument.SECTIONS.get(expected).equals(name)) {
            throw error(number, "section '" + name + "' is out of order; expected '"
                    + (expected < CardDocument.SECTIONS.size() ? CardDocument.SECTIONS.get(expected) : "nothing") + "'");
        }
        current = new ArrayList<>();
        sections.put(name, current);
    }

    /** Reads a display formula starting at line {@code start}; returns the index of its last line. */
    private int formula(int start) {
        String first = lines[start].trim();
        if (first.length() > 4 && first.endsWith("$$")) {
            requireSection(start + 1).add(new CardDocument.Formula(first.substring(2, first.length() - 2).trim()));
            return start;
        }
        StringBuilder latex = new StringBuilder(first.substring(2));
        for (int index = start + 1; index < lines.length; index++) {
            String trimmed = lines[index].trim();
            if (trimmed.endsWith("$$")) {
                latex.append(' ').append(trimmed, 0, trimmed.length() - 2);
                requireSection(start + 1).add(new CardDocument.Formula(latex.toString().trim()));
                return index;
            }
            latex.append(' ').append(trimmed);
        }
        throw error(start + 1, "the formula opened here with $$ is never closed");
    }

    private void endParagraph() {
        if (!paragraph.isEmpty()) {
            current.add(new CardDocument.Paragraph(inlines(paragraph.toString(), paragraphLine)));
            paragraph.setLength(0);
        }
    }

    private List<CardDocument.Block> requireSection(int number) {
        if (current == null) {
            throw error(number, "text before the first '## Section'");
        }
        return current;
    }

    /** Splits running text into plain, bold, inline-math and link pieces. */
    static List<CardDocument.Inline> inlines(String text, int number) {
        List<CardDocument.Inline> pieces = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        boolean bold = false;
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("**", i)) {
                flush(pieces, plain, bold);
                bold = !bold;
                i += 2;
            } else if (text.charAt(i) == '$') {
                int end = text.indexOf('$', i + 1);
                if (end < 0) {
                    throw error(number, "an inline formula opened with $ is never closed");
                }
                flush(pieces, plain, bold);
                pieces.add(new CardDocument.Math(text.substring(i + 1, end)));
                i = end + 1;
            } else if (text.startsWith("[[", i)) {
                int end = text.indexOf("]]", i);
                if (end < 0) {
                    throw error(number, "a link opened with [[ is never closed");
                }
                flush(pieces, plain, bold);
                String[] parts = text.substring(i + 2, end).split("\\|", 2);
                pieces.add(new CardDocument.Link(parts[0].trim(), parts.length > 1 ? parts[1].trim() : parts[0].trim()));
                i = end + 2;
            } else {
                plain.append(text.charAt(i++));
            }
        }
        if (bold) {
            throw error(number, "bold text opened with ** is never closed");
        }
        flush(pieces, plain, false);
        return pieces;
    }

    private static void flush(List<CardDocument.Inline> pieces, StringBuilder plain, boolean bold) {
        if (!plain.isEmpty()) {
            pieces.add(new CardDocument.Text(plain.toString(), bold));
            plain.setLength(0);
        }
    }

    private static IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException("card line " + line + ": " + message);
    }
}
