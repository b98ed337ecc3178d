package org.stepwise.viz.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every lesson on the class path, found through {@link ServiceLoader} (the registry that plays
 * the part of Ensemble8's generated sample list). Listing builds each lesson object, which is
 * cheap by contract: lessons do no work until asked for a view.
 */
public final class LessonCatalog {

    private final List<Lesson<?>> lessons;

    private LessonCatalog(List<Lesson<?>> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    /** The lessons registered in {@code META-INF/services/org.stepwise.viz.lesson.Lesson}. */
    @SuppressWarnings("rawtypes")
    public static LessonCatalog load() {
        List<Lesson<?>> found = new ArrayList<>();
        for (Lesson lesson : ServiceLoader.load(Lesson.class, LessonCatalog.class.getClassLoader())) {
            found.add(lesson);
        }
        found.sort(Comparator.comparing((Lesson<?> l) -> l.info().level())
                .thenComparing(l -> l.info().family()).thenComparing(l -> l.info().title()));
        return new LessonCatalog(found);
    }

    /** A catalog of exactly these lessons (tests, embedding). */
    public static LessonCatalog of(List<Lesson<?>> lessons) {
        return new LessonCatalog(lessons);
    }

    /** Every lesson, by level, then family, then title. */
    public List<Lesson<?>> lessons() { return lessons; }

    public Optional<Lesson<?>> find(String id) {
        return lessons.stream().filter(l -> l.info().id().equals(id)).findFirst();
    }

    /** The lesson with this id, or an error naming the ids there are. */
    public Lesson<?> require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("There is no lesson '" + id
                + "'; the lessons are: " + String.join(", ", lessons.stream().map(l -> l.info().id()).toList()) + "."));
    }
}
