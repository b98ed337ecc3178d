package org.stepwise.viz.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Every lesson on the class path, found through {@link ServiceLoader} (the registry that plays
 * the part of Ensemble8's generated sample list). Listing reads each lesson's
 * {@link LessonEntry} from its class; a lesson object is built only when it is first asked
 * for, so start-up does not grow with the curriculum. The registry itself is read on first use
 * (it opens every jar's service index): the main window's first frame does not wait for it.
 */
public final class LessonCatalog {

    private static final Comparator<LessonInfo> ORDER = Comparator.comparing(LessonInfo::level)
            .thenComparing(LessonInfo::family).thenComparing(LessonInfo::title);

    private final Supplier<List<Entry>> source;
    private List<Entry> entries;

    private LessonCatalog(Supplier<List<Entry>> source) {
        this.source = source;
    }

    /** The lessons registered in {@code META-INF/services/org.stepwise.viz.lesson.Lesson}, found on first use. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static LessonCatalog load() {
        return new LessonCatalog(() -> {
            List<Entry> found = new ArrayList<>();
            ServiceLoader.load(Lesson.class, LessonCatalog.class.getClassLoader()).stream().forEach(provider -> {
                ServiceLoader.Provider<Lesson<?>> lesson = (ServiceLoader.Provider) provider;
                found.add(new Entry(LessonInfo.of(lesson.type()), lesson));
            });
            return found;
        });
    }

    /** A catalog of exactly these lessons (tests, embedding). */
    public static LessonCatalog of(List<Lesson<?>> lessons) {
        List<Entry> given = lessons.stream().map(lesson -> new Entry(lesson.info(), () -> lesson)).toList();
        return new LessonCatalog(() -> given);
    }

    /** The entries in catalog order, read from the source once. */
    private synchronized List<Entry> entries() {
        if (entries == null) {
            List<Entry> sorted = new ArrayList<>(source.get());
            sorted.sort(Comparator.comparing(Entry::info, ORDER));
            entries = List.copyOf(sorted);
        }
        return entries;
    }

    /** Every lesson's entry, by level, then family, then title; builds no lesson. */
    public List<LessonInfo> infos() {
        return entries().stream().map(Entry::info).toList();
    }

    /** Every lesson, built (the command line and tests that check each lesson). */
    public List<Lesson<?>> lessons() {
        return entries().stream().<Lesson<?>>map(Entry::lesson).toList();
    }

    public Optional<Lesson<?>> find(String id) {
        return entries().stream().filter(e -> e.info().id().equals(id)).findFirst().map(Entry::lesson);
    }

    /** The lesson with this id, or an error naming the ids there are. */
    public Lesson<?> require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("There is no lesson '" + id
                + "'; the lessons are: " + String.join(", ", infos().stream().map(LessonInfo::id).toList()) + "."));
    }

    /** How many lessons have been built so far (the lazy-loading test). */
    int built() {
        return (int) entries().stream().filter(Entry::isBuilt).count();
    }

    /** One lesson: its entry and, once asked for, the lesson built from its provider. */
    private static final class Entry {
        private final LessonInfo info;
        private final Supplier<Lesson<?>> provider;
        private Lesson<?> lesson;

        Entry(LessonInfo info, Supplier<Lesson<?>> provider) {
            this.info = info;
            this.provider = provider;
        }

        LessonInfo info() { return info; }

        synchronized Lesson<?> lesson() {
            if (lesson == null) {
                lesson = provider.get();
            }
            return lesson;
        }

        synchronized boolean isBuilt() { return lesson != null; }
    }
}
