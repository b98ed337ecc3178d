/**
 * The lesson framework: the {@link org.stepwise.viz.lesson.Lesson} contract (its view, its
 * chart settings, its catalog entry), the {@link org.stepwise.viz.lesson.LessonCatalog} found
 * through {@link java.util.ServiceLoader}, and the {@link org.stepwise.viz.lesson.LessonPanel}
 * that gives every lesson the same frame. Each concern of the panel has its room:
 * {@code playback} (bar, keys, cursor, timeline), {@code run} (the engine's worker, its history,
 * warm-up, pacing, replay, the live chart's feed), {@code narration}, {@code layout} (the
 * column, the side panel and its split), {@code params} (the parameter sheet), {@code data}
 * (the data picker) and {@code card} (the explanation card). A view's optional features are
 * small interfaces here, connected to the panel in one place ({@code ViewFeatures}).
 */
package org.stepwise.viz.lesson;
