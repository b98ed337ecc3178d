package org.stepwise.algo;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.stepwise.data.Dataset;

/**
 * A fact about the data that parameter defaults may follow, as they follow a choice
 * ({@link ParamSpec#defaultsFollow}): logistic regression's solver is gradient descent on columns
 * of comparable scales and Newton's method on columns of very different ones. A factory declares
 * its traits ({@link EngineFactory#dataTraits()}); {@link Params#forData} reads them from the
 * data an engine is fitted on and moves the values still at their default, so the parameter
 * sheet, {@code run}/{@code render} and sessions apply one rule.
 *
 * <p>Immutable. The first option is the trait's reading before any data is known (and of no
 * data), so that {@link EngineFactory#defaults()} without data are the declared defaults.
 */
public final class DataTrait {

    /**
     * What a trait reads from one data set.
     *
     * @param option one of the trait's options
     * @param why    why the data has it, for a learner ("the columns' scales differ: …"); empty
     *               when there is nothing to tell (the first option, usually)
     */
    public record Reading(String option, String why) {
        public Reading {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(why, "why");
        }
    }

    private final String name;
    private final List<String> options;
    private final Function<Dataset, Reading> reader;

    private DataTrait(String name, List<String> options, Function<Dataset, Reading> reader) {
        this.name = name;
        this.options = options;
        this.reader = reader;
    }

    /**
     * @param name    a name no parameter of the factory has; defaults follow it by this name
     * @param options the words it reads, the first being its reading without data
     * @param reader  reads a non-null data set (the rows an engine is fitted on); may allocate
     */
    public static DataTrait of(String name, List<String> options, Function<Dataset, Reading> reader) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("the data trait '" + name + "' needs at least one option");
        }
        return new DataTrait(Objects.requireNonNull(name, "name"), List.copyOf(options),
                Objects.requireNonNull(reader, "reader"));
    }

    public String name() { return name; }

    public List<String> options() { return options; }

    /** The reading before any data is known: the first option, nothing to tell. */
    public Reading initial() {
        return new Reading(options.get(0), "");
    }

    /**
     * The trait of {@code data}, or {@link #initial()} for none.
     *
     * @throws IllegalStateException when the reader answers a word that is not an option (a bug)
     */
    public Reading read(Dataset data) {
        if (data == null) {
            return initial();
        }
        Reading reading = reader.apply(data);
        if (!options.contains(reading.option())) {
            throw new IllegalStateException("the data trait '" + name + "' read '" + reading.option()
                    + "', which is not one of " + options);
        }
        return reading;
    }

    @Override
    public String toString() { return name + " " + options; }
}
