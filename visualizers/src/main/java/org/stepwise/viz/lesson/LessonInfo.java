package org.stepwise.viz.lesson;

import java.util.List;
import java.util.Objects;

/**
 * What the catalog knows of a lesson without building it: a stable id (used on the command
 * line and in session files), the title, the family (the algorithms package it draws from),
 * the curriculum level, search tags and the ids of neighbour lessons (checked by the catalog
 * test to resolve).
 */
public record LessonInfo(String id, String title, String family, Level level, List<String> tags,
                         List<String> neighbours) {

    public LessonInfo {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a lesson id is lower-case words joined by '-': " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(level, "level");
        tags = List.copyOf(tags);
        neighbours = List.copyOf(neighbours);
    }

    private static final ClassValue<LessonInfo> ENTRIES = new ClassValue<>() {
        @Override
        protected LessonInfo computeValue(Class<?> type) {
            LessonEntry entry = type.getAnnotation(LessonEntry.class);
            if (entry == null) {
                throw new IllegalStateException(type.getName() + " has no @LessonEntry: every lesson class "
                        + "carries its catalog entry");
            }
            return new LessonInfo(entry.id(), entry.title(), entry.family(), entry.level(), List.of(entry.tags()),
                    List.of(entry.neighbours()));
        }
    };

    /** The entry written on a lesson class with {@link LessonEntry}; read once per class. */
    public static LessonInfo of(Class<?> lessonClass) {
        return ENTRIES.get(lessonClass);
    }

    /** True when every word of {@code query} appears in the id, title, family or tags. */
    public boolean matches(String query) {
        String haystack = (id + " " + title + " " + family + " " + String.join(" ", tags)).toLowerCase();
        for (String word : query.toLowerCase().trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
