package org.stepwise.viz.lesson.card;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed explanation card: a title and the eight sections of the curriculum's entry template
 * (curriculum source 000, "Reading guide for each algorithm entry"), in order, each a list of
 * blocks. Immutable: every list and map is an unmodifiable copy.
 *
 * @param title    the card's title, from its {@code # Title} line; never {@code null}
 * @param sections section name to its blocks, in the order of {@link #SECTIONS}; never {@code null}
 */
public record CardDocument(String title, Map<String, List<Block>> sections) {

    /** The sections every card has, exactly these and in this order. */
    public static final List<String> SECTIONS = List.of("Intent", "Formulation", "Assumptions", "When to prefer",
            "When to avoid", "Neighbour methods", "Diagnostics", "Try this");

    /** Where lesson cards live on the class path; a card is {@code <folder><lesson-id>.md}. */
    public static final String RESOURCE_FOLDER = "/org/stepwise/viz/cards/";

    /** A block of a section: a paragraph, a bullet or a display formula. */
    public sealed interface Block permits Paragraph, Bullet, DisplayFormula {
        /** The running text of the block; empty for a display formula. */
        List<Inline> runs();
    }

    /** A paragraph of running text. */
    public record Paragraph(List<Inline> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }
    }

    /** One bullet of a list. */
    public record Bullet(List<Inline> runs) implements Block {
        public Bullet {
            runs = List.copyOf(runs);
        }
    }

    /** A formula on its own line, in LaTeX as JLaTeXMath reads it. */
    public record DisplayFormula(String latex) implements Block {
        public DisplayFormula {
            Objects.requireNonNull(latex, "latex");
        }

        @Override
        public List<Inline> runs() { return List.of(); }
    }

    /** A piece of running text: plain or bold text, code, an inline formula, a link or a Try-it button. */
    public sealed interface Inline permits Text, Code, InlineFormula, Link, TryItLink {
    }

    /** A command, a parameter or an attribute as typed, written between backquotes: shown in a fixed-width face. */
    public record Code(String text) implements Inline {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Plain text, bold when it was written between {@code **}. */
    public record Text(String text, boolean bold) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A formula inside running text, written between single {@code $}. */
    public record InlineFormula(String latex) implements Inline {
        public InlineFormula {
            Objects.requireNonNull(latex, "latex");
        }
    }

    /** A link to a neighbour lesson, shown as {@code text}. */
    public record Link(String lessonId, String text) implements Inline {
        public Link {
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A Try-it button ({@code [Try it](try:...)}, see {@link TryIt}): it sets what its
     * experiment describes.
     */
    public record TryItLink(String text, TryIt settings) implements Inline {
        public TryItLink {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(settings, "settings");
        }
    }

    public CardDocument {
        Objects.requireNonNull(title, "title");
        Map<String, List<Block>> copy = new LinkedHashMap<>();
        sections.forEach((name, blocks) -> copy.put(name, List.copyOf(blocks)));
        sections = Collections.unmodifiableMap(copy);
    }

    /** The blocks of one section; an empty list for a section the card does not have. */
    public List<Block> section(String name) {
        return sections.getOrDefault(name, List.of());
    }

    /** Every neighbour-lesson id the card links to, in reading order, repeats included. */
    public List<String> linkedLessons() {
        return inlines(Link.class).stream().map(Link::lessonId).toList();
    }

    /** Every Try-it declaration of the card, in reading order. */
    public List<TryIt> experiments() {
        return inlines(TryItLink.class).stream().map(TryItLink::settings).toList();
    }

    /** Every LaTeX formula of the card, display and inline, in reading order. */
    public List<String> formulas() {
        List<String> formulas = new ArrayList<>();
        for (List<Block> blocks : sections.values()) {
            for (Block block : blocks) {
                if (block instanceof DisplayFormula formula) {
                    formulas.add(formula.latex());
                }
                for (Inline inline : block.runs()) {
                    if (inline instanceof InlineFormula formula) {
                        formulas.add(formula.latex());
                    }
                }
            }
        }
        return formulas;
    }

    /** The card's running-text pieces of one kind, in reading order. */
    private <T extends Inline> List<T> inlines(Class<T> kind) {
        List<T> all = new ArrayList<>();
        sections.values().forEach(blocks -> blocks.forEach(block -> block.runs().stream().filter(kind::isInstance)
                .map(kind::cast).forEach(all::add)));
        return all;
    }

    /**
     * The card of a lesson, read as UTF-8 from {@code /org/stepwise/viz/cards/<lessonId>.md}.
     *
     * @throws IllegalArgumentException when the lesson has no card or its card is malformed
     * @throws UncheckedIOException     when the resource exists but cannot be read
     */
    public static CardDocument load(String lessonId) {
        String resource = RESOURCE_FOLDER + lessonId + ".md";
        try (InputStream in = CardDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("The lesson '" + lessonId + "' has no explanation card: "
                        + resource + " is not on the class path.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try {
                return parse(text);
            } catch (IllegalArgumentException malformed) {
                throw new IllegalArgumentException("The card " + resource + " is malformed: "
                        + malformed.getMessage(), malformed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The card " + resource + " could not be read.", e);
        }
    }

    /**
     * Parses a card written in the dialect of the package documentation.
     *
     * @param text the card's text; never {@code null}
     * @throws IllegalArgumentException naming the line of the first problem ("card line 12: …")
     */
    public static CardDocument parse(String text) {
        return new CardParser(text).parse();
    }
}
