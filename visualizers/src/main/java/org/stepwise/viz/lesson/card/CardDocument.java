package org.stepwise.viz.lesson.card;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed explanation card: a title and the eight sections of the curriculum's entry
 * template, in order, each a list of blocks. Immutable.
 */
public record CardDocument(String title, Map<String, List<Block>> sections) {

    /** The sections every card has, in this order. */
    public static final List<String> SECTIONS = List.of("Intent", "Formulation", "Assumptions", "When to prefer",
            "When to avoid", "Neighbour methods", "Diagnostics", "Try this");

    /** A block of a section. */
    public sealed interface Block permits Paragraph, Bullet, Formula {
    }

    public record Paragraph(List<Inline> content) implements Block {
    }

    public record Bullet(List<Inline> content) implements Block {
    }

    /** A display formula in LaTeX. */
    public record Formula(String latex) implements Block {
    }

    /** A piece of running text. */
    public sealed interface Inline permits Text, Math, Link {
    }

    public record Text(String text, boolean bold) implements Inline {
    }

    public record Math(String latex) implements Inline {
    }

    /** A link to a neighbour lesson. */
    public record Link(String lessonId, String text) implements Inline {
    }

    public CardDocument {
        Map<String, List<Block>> copy = new LinkedHashMap<>();
        sections.forEach((name, blocks) -> copy.put(name, List.copyOf(blocks)));
        sections = java.util.Collections.unmodifiableMap(copy);
    }

    /** Every neighbour-lesson id the card links to. */
    public List<String> linkedLessons() {
        List<String> ids = new ArrayList<>();
        for (List<Block> blocks : sections.values()) {
            for (Block block : blocks) {
                List<Inline> inlines = block instanceof Paragraph p ? p.content()
                        : block instanceof Bullet b ? b.content() : List.of();
                for (Inline inline : inlines) {
                    if (inline instanceof Link link) {
                        ids.add(link.lessonId());
                    }
                }
            }
        }
        return ids;
    }

    /** Every LaTeX formula of the card, display and inline. */
    public List<String> formulas() {
        List<String> formulas = new ArrayList<>();
        for (List<Block> blocks : sections.values()) {
            for (Block block : blocks) {
                if (block instanceof Formula f) {
                    formulas.add(f.latex());
                }
                List<Inline> inlines = block instanceof Paragraph p ? p.content()
                        : block instanceof Bullet b ? b.content() : List.of();
                inlines.stream().filter(i -> i instanceof Math).map(i -> ((Math) i).latex()).forEach(formulas::add);
            }
        }
        return formulas;
    }

    /** The card of a lesson, from {@code /org/stepwise/viz/cards/<id>.md}. */
    public static CardDocument load(String lessonId) {
        String resource = "/org/stepwise/viz/cards/" + lessonId + ".md";
        try (InputStream in = CardDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lesson '" + lessonId + "' has no card at " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the card of '" + lessonId + "' could not be read", e);
        }
    }

    /**
     * Parses a card.
     *
     * @throws IllegalArgumentException naming the line of the first problem
     */
    public static CardDocument parse(String text) {
        return new CardParser(text).parse();
    }
}
