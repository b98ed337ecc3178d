package org.stepwise.algo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A snapshot type's scalar metrics, each named once beside how it is read: the same table
 * answers {@link Snapshot#scalar(String)} (the live chart's few numbers of hundreds of snapshots
 * a second, without building a {@link Metrics}) and fills {@link Snapshot#metrics()} (what
 * {@code run --json} prints), so the two cannot disagree. Kept in a static field of the
 * snapshot class:
 *
 * <pre>{@code
 * private static final Scalars<MySnapshot> SCALARS = Scalars.<MySnapshot>builder()
 *         .scalar("loss", s -> s.loss)
 *         .count("n_iter", MySnapshot::step)
 *         .build();
 *
 * public Metrics metrics() { return SCALARS.addTo(Metrics.builder(), this).vector("coef", coef).build(); }
 * public double scalar(String name) { return SCALARS.value(this, name); }
 * }</pre>
 *
 * @param <S> the snapshot type read
 */
public final class Scalars<S> {

    private final String[] names;
    /** Printed as whole numbers ({@link Metrics.Builder#count}). */
    private final boolean[] counts;
    /** Left out of {@link #addTo} while NaN. */
    private final boolean[] optional;
    private final List<ToDoubleFunction<S>> readers;

    private Scalars(Builder<S> built) {
        names = built.names.toArray(String[]::new);
        counts = new boolean[names.length];
        optional = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            counts[i] = built.counts.get(i);
            optional[i] = built.optional.get(i);
        }
        readers = List.copyOf(built.readers);
    }

    public static <S> Builder<S> builder() { return new Builder<>(); }

    /** The names, in the order {@link #addTo} adds them. */
    public List<String> names() { return List.of(names); }

    /**
     * The value of the scalar called {@code name} in {@code snapshot}, or NaN when the table has
     * none of that name. Allocates nothing: a scan of a handful of names.
     */
    public double value(S snapshot, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return readers.get(i).applyAsDouble(snapshot);
            }
        }
        return Double.NaN;
    }

    /** Adds every scalar of {@code snapshot} to {@code metrics} (those declared "while defined" only when not NaN). */
    public Metrics.Builder addTo(Metrics.Builder metrics, S snapshot) {
        for (int i = 0; i < names.length; i++) {
            double value = readers.get(i).applyAsDouble(snapshot);
            if (optional[i] && Double.isNaN(value)) {
                continue;
            }
            if (counts[i]) {
                metrics.count(names[i], (long) value);
            } else {
                metrics.scalar(names[i], value);
            }
        }
        return metrics;
    }

    /** Collects the table, in the order {@code run --json} lists the scalars. */
    public static final class Builder<S> {
        private final List<String> names = new ArrayList<>();
        private final List<Boolean> counts = new ArrayList<>();
        private final List<Boolean> optional = new ArrayList<>();
        private final List<ToDoubleFunction<S>> readers = new ArrayList<>();

        private Builder() {
        }

        /** A real-valued metric (loss, accuracy, R²). */
        public Builder<S> scalar(String name, ToDoubleFunction<S> reader) {
            return add(name, false, false, reader);
        }

        /** A whole number of things (iterations, mistakes, classes fitted), printed as an integer. */
        public Builder<S> count(String name, ToDoubleFunction<S> reader) {
            return add(name, true, false, reader);
        }

        /**
         * A metric that exists only at some steps (the duality gap once a sweep ends, the point
         * being classified once the first step is taken): NaN means "not yet", and
         * {@link Snapshot#metrics()} leaves it out then.
         */
        public Builder<S> scalarWhileDefined(String name, ToDoubleFunction<S> reader) {
            return add(name, false, true, reader);
        }

        /** A count that exists only at some steps, as {@link #scalarWhileDefined}. */
        public Builder<S> countWhileDefined(String name, ToDoubleFunction<S> reader) {
            return add(name, true, true, reader);
        }

        private Builder<S> add(String name, boolean count, boolean whileDefined, ToDoubleFunction<S> reader) {
            if (names.contains(name)) {
                throw new IllegalArgumentException("scalar named twice: " + name);
            }
            names.add(name);
            counts.add(count);
            optional.add(whileDefined);
            readers.add(reader);
            return this;
        }

        public Scalars<S> build() { return new Scalars<>(this); }
    }
}
