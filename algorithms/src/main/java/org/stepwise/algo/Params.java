package org.stepwise.algo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stepwise.data.Dataset;

/**
 * An immutable set of parameter values, one per declared {@link ParamSpec}, every one
 * validated when set. Like scikit-learn's {@code set_params}, an unknown name is refused
 * with the list of valid ones. Changing a value gives a new {@code Params}; engines are
 * rebuilt from it, never changed in place.
 *
 * <p>Defaults may follow a choice or a {@link DataTrait} of the data
 * ({@link ParamSpec#defaultsFollow}): the traits' readings are carried along (the data's, after
 * {@link #forData}), so a value still at the default of the data on show follows the next data
 * and a value the learner set is kept. Two {@code Params} are equal when their values are: the
 * readings only decide what the next change of data does.
 */
public final class Params {

    private final Map<String, ParamSpec<?>> specs;
    private final Map<String, Object> values;
    /** The data traits defaults may follow, by name, and their readings of the data on show. */
    private final Map<String, DataTrait> traits;
    private final Map<String, DataTrait.Reading> readings;

    private Params(Map<String, ParamSpec<?>> specs, Map<String, Object> values, Map<String, DataTrait> traits,
                   Map<String, DataTrait.Reading> readings) {
        this.specs = specs;
        this.values = values;
        this.traits = traits;
        this.readings = readings;
    }

    /** Every parameter at its default. */
    public static Params defaults(List<ParamSpec<?>> declared) {
        return defaults(declared, List.of());
    }

    /**
     * Every parameter at its default, the data traits at their {@linkplain DataTrait#initial()
     * reading without data}. Here every declaration is checked once: a default follows a declared
     * choice or trait, and is valid under each of its options.
     */
    public static Params defaults(List<ParamSpec<?>> declared, List<DataTrait> dataTraits) {
        Map<String, ParamSpec<?>> specs = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec<?> spec : declared) {
            if (specs.put(spec.name(), spec) != null) {
                throw new IllegalArgumentException("parameter '" + spec.name() + "' is declared twice");
            }
            values.put(spec.name(), spec.validate(spec.defaultValue()));
        }
        Map<String, DataTrait> traits = new LinkedHashMap<>();
        Map<String, DataTrait.Reading> readings = new LinkedHashMap<>();
        for (DataTrait trait : dataTraits) {
            if (specs.containsKey(trait.name()) || traits.put(trait.name(), trait) != null) {
                throw new IllegalArgumentException("the data trait '" + trait.name() + "' has the name of a parameter"
                        + " or of another trait");
            }
            readings.put(trait.name(), trait.initial());
        }
        for (ParamSpec<?> spec : declared) {
            if (!spec.defaultsFollow().isEmpty()) {
                String leader = spec.defaultsFollow();
                ParamSpec<?> choice = specs.get(leader);
                List<String> options = choice != null && choice.kind() == ParamSpec.Kind.CHOICE ? choice.options()
                        : traits.containsKey(leader) ? traits.get(leader).options() : null;
                if (options == null) {
                    throw new IllegalArgumentException("the default of '" + spec.name() + "' follows '"
                            + leader + "', which is not a declared choice or data trait");
                }
                for (String option : options) {
                    spec.validate(spec.defaultFor(option));
                }
                String current = choice != null ? (String) values.get(leader) : readings.get(leader).option();
                values.put(spec.name(), spec.validate(spec.defaultFor(current)));
            }
        }
        return new Params(Collections.unmodifiableMap(specs), Collections.unmodifiableMap(values),
                Collections.unmodifiableMap(traits), Collections.unmodifiableMap(readings));
    }

    /**
     * A copy with one value replaced; the value is validated against its spec. When it is a
     * choice that other parameters' defaults follow ({@link ParamSpec#defaultsFollow}), each of
     * those still at the old option's default moves to the new option's default, and a value
     * that differs from the old default (the learner's own) is kept.
     */
    public Params with(String name, Object value) {
        Object valid = spec(name).validate(value);
        Map<String, Object> copy = new LinkedHashMap<>(values);
        Object old = copy.put(name, valid);
        if (!valid.equals(old) && isFollowed(name)) {
            follow(copy, name, (String) old, (String) valid);
        }
        return new Params(specs, Collections.unmodifiableMap(copy), traits, readings);
    }

    /**
     * A copy whose defaults follow {@code data}, the rows an engine is fitted on (or null for
     * none): each {@link DataTrait} is read from it, and a value that follows a trait whose
     * reading changed moves to the new reading's default when it was still at the old one's; a
     * value the learner set is kept, as with a choice ({@link #with}).
     */
    public Params forData(Dataset data) {
        if (traits.isEmpty()) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        Map<String, DataTrait.Reading> read = new LinkedHashMap<>();
        for (DataTrait trait : traits.values()) {
            DataTrait.Reading reading = trait.read(data);
            read.put(trait.name(), reading);
            follow(copy, trait.name(), readings.get(trait.name()).option(), reading.option());
        }
        return new Params(specs, Collections.unmodifiableMap(copy), traits, Collections.unmodifiableMap(read));
    }

    /** Moves the followers of {@code leader} still at {@code oldOption}'s default to {@code newOption}'s. */
    private void follow(Map<String, Object> copy, String leader, String oldOption, String newOption) {
        if (oldOption.equals(newOption)) {
            return;
        }
        for (ParamSpec<?> follower : specs.values()) {
            if (follower.defaultsFollow().equals(leader)
                    && follower.defaultFor(oldOption).equals(copy.get(follower.name()))) {
                copy.put(follower.name(), follower.defaultFor(newOption));
            }
        }
    }

    /**
     * Why a parameter has its value, when the data chose it: the reading's reason of the data
     * trait its default follows ({@link DataTrait.Reading#why()}), while the value is that
     * reading's default; empty otherwise (a value the learner set, a fixed default).
     */
    public String why(String name) {
        ParamSpec<?> spec = spec(name);
        DataTrait.Reading reading = readings.get(spec.defaultsFollow());
        return reading != null && spec.defaultFor(reading.option()).equals(values.get(name)) ? reading.why() : "";
    }

    /**
     * A copy with several values replaced from their text forms (a session file, the command
     * line's {@code --param}s): the choices that defaults follow first, then the rest, so that
     * every value given is kept whatever the order it was given in, and a value not given
     * follows its choice. Saved parameters therefore restore exactly.
     *
     * @throws IllegalArgumentException for an unknown name or a refused value, as {@link #withText}
     */
    public Params withAllText(Map<String, String> texts) {
        Params result = this;
        for (boolean leaders : new boolean[] {true, false}) {
            for (Map.Entry<String, String> entry : texts.entrySet()) {
                if (isFollowed(entry.getKey()) == leaders) {
                    result = result.withText(entry.getKey(), entry.getValue());
                }
            }
        }
        return result;
    }

    private boolean isFollowed(String name) {
        return specs.values().stream().anyMatch(spec -> spec.defaultsFollow().equals(name));
    }

    /** Whether a parameter matters with these values ({@link ParamSpec#appliesWhen}). */
    public boolean applies(String name) {
        return spec(name).appliesTo(this);
    }

    /** A copy with one value replaced from its text form ({@code --param name=value}). */
    public Params withText(String name, String text) {
        return with(name, spec(name).parse(text));
    }

    /** The spec of a parameter. */
    public ParamSpec<?> spec(String name) {
        ParamSpec<?> spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("There is no parameter '" + name + "'"
                    + (specs.isEmpty() ? "; this lesson has none." : "; the parameters are: "
                    + String.join(", ", specs.keySet()) + "."));
        }
        return spec;
    }

    public List<ParamSpec<?>> specs() { return List.copyOf(specs.values()); }

    public Object get(String name) {
        spec(name);
        return values.get(name);
    }

    public int integer(String name) { return (Integer) typed(name, ParamSpec.Kind.INTEGER); }

    public double real(String name) { return (Double) typed(name, ParamSpec.Kind.REAL); }

    public boolean flag(String name) { return (Boolean) typed(name, ParamSpec.Kind.FLAG); }

    public String choice(String name) { return (String) typed(name, ParamSpec.Kind.CHOICE); }

    /** Every value, in declaration order. */
    public Map<String, Object> values() { return values; }

    /** Every value in its text form, in declaration order (for session files and the command line). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        specs.forEach((name, spec) -> text.put(name, ((ParamSpec) spec).format(values.get(name))));
        return text;
    }

    private Object typed(String name, ParamSpec.Kind kind) {
        ParamSpec<?> spec = spec(name);
        if (spec.kind() != kind) {
            throw new IllegalStateException("parameter '" + name + "' is " + spec.kind() + ", not " + kind);
        }
        return values.get(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Params that && values.equals(that.values) && specs.keySet().equals(that.specs.keySet());
    }

    @Override
    public int hashCode() { return values.hashCode(); }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
