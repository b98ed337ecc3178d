package org.stepwise.viz.lesson.card;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the running text of one paragraph or bullet into plain and bold text, code ({@code `…`}), inline formulas
 * ({@code $…$}), neighbour links ({@code [[id]]}, {@code [[id|text]]}) and Try-it buttons
 * ({@code [Try it](try:...)}, {@link TryIt}); any other {@code [} is plain text. {@code \$} is a literal
 * dollar sign in text. A problem is reported on the line where the block starts.
 */
final class InlineParser {

    /** Lesson ids are lower-case words joined by hyphens, like {@code logistic-regression}. */
    private static final Pattern LESSON_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String text;
    private final int line;
    private final List<CardDocument.Inline> runs = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();
    private boolean bold;

    private InlineParser(String text, int line) {
        this.text = text;
        this.line = line;
    }

    /**
     * @param text the block's text, its lines joined by spaces
     * @param line the number of the block's first line, for messages
     * @throws IllegalArgumentException for an unclosed {@code $}, {@code **} or {@code [[}, an empty
     *                                  formula or a malformed link
     */
    static List<CardDocument.Inline> parse(String text, int line) {
        return new InlineParser(text, line).parse();
    }

    private List<CardDocument.Inline> parse() {
        int index = 0;
        while (index < text.length()) {
            if (text.startsWith("\\$", index)) {
                plain.append('$');
                index += 2;
            } else if (text.startsWith("**", index)) {
                flush();
                bold = !bold;
                index += 2;
            } else if (text.charAt(index) == '$') {
                index = formula(index);
            } else if (text.charAt(index) == '`') {
                index = code(index);
            } else if (text.startsWith("[[", index)) {
                index = link(index);
            } else if (text.charAt(index) == '[' && tryItEnd(index) > 0) {
                index = tryIt(index);
            } else {
                plain.append(text.charAt(index++));
            }
        }
        if (bold) {
            throw CardParser.error(line, "bold text opened with ** is never closed");
        }
        flush();
        return runs;
    }

    /** Reads {@code `…`} from {@code start}; returns the index after the closing backquote. */
    private int code(int start) {
        int end = text.indexOf('`', start + 1);
        if (end < 0) {
            throw CardParser.error(line, "code opened with ` is never closed");
        }
        flush();
        runs.add(new CardDocument.Code(text.substring(start + 1, end)));
        return end + 1;
    }

    /** Reads {@code $…$} from {@code start}; returns the index after the closing dollar. */
    private int formula(int start) {
        int end = start + 1;
        // Inside a formula \$ is LaTeX's own dollar sign, not the end of the formula.
        while (end < text.length() && (text.charAt(end) != '$' || text.charAt(end - 1) == '\\')) {
            end++;
        }
        if (end >= text.length()) {
            throw CardParser.error(line, "an inline formula opened with $ is never closed");
        }
        String latex = text.substring(start + 1, end).trim();
        if (latex.isEmpty()) {
            throw CardParser.error(line, "empty inline formula '$$' inside text; display formulas stand on their own line");
        }
        flush();
        runs.add(new CardDocument.InlineFormula(latex));
        return end + 1;
    }

    /** Reads {@code [[id]]} or {@code [[id|text]]} from {@code start}; returns the index after it. */
    private int link(int start) {
        int end = text.indexOf("]]", start + 2);
        if (end < 0) {
            throw CardParser.error(line, "a link opened with [[ is never closed with ]]");
        }
        String[] parts = text.substring(start + 2, end).split("\\|", 2);
        String lessonId = parts[0].trim();
        if (!LESSON_ID.matcher(lessonId).matches()) {
            throw CardParser.error(line, "'" + lessonId + "' is not a lesson id; links are [[lesson-id]] or "
                    + "[[lesson-id|text]] with an id like logistic-regression");
        }
        String shown = parts.length > 1 ? parts[1].trim() : lessonId;
        if (shown.isEmpty()) {
            throw CardParser.error(line, "the link to '" + lessonId + "' has no text after '|'");
        }
        flush();
        runs.add(new CardDocument.Link(lessonId, shown));
        return end + 2;
    }

    /** Where {@code [text](try:...)} starting at {@code start} ends (after its ')'), or -1 when it is not one. */
    private int tryItEnd(int start) {
        int close = text.indexOf("](", start);
        if (close < 0 || text.indexOf('[', start + 1) >= 0 && text.indexOf('[', start + 1) < close
                || !text.startsWith(TryIt.SCHEME, close + 2)) {
            return -1;
        }
        int end = text.indexOf(')', close);
        if (end < 0) {
            throw CardParser.error(line, "a Try-it link opened with '[' is never closed with ')'");
        }
        return end + 1;
    }

    /** Reads {@code [text](try:...)} from {@code start}; returns the index after it. */
    private int tryIt(int start) {
        int end = tryItEnd(start);
        int close = text.indexOf("](", start);
        String shown = text.substring(start + 1, close).trim();
        if (shown.isEmpty()) {
            throw CardParser.error(line, "a Try-it link needs a text, as [Try it](try:...)");
        }
        TryIt settings;
        try {
            settings = TryIt.parse(text.substring(close + 2, end - 1).trim());
        } catch (IllegalArgumentException malformed) {
            throw CardParser.error(line, malformed.getMessage());
        }
        flush();
        runs.add(new CardDocument.TryItLink(shown, settings));
        return end;
    }

    private void flush() {
        if (!plain.isEmpty()) {
            runs.add(new CardDocument.Text(plain.toString(), bold));
            plain.setLength(0);
        }
    }
}
