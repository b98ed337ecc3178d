package org.stepwise.algo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An immutable set of parameter values, one per declared {@link ParamSpec}, every one
 * validated when set. Like scikit-learn's {@code set_params}, an unknown name is refused
 * with the list of valid ones. Changing a value gives a new {@code Params}; engines are
 * rebuilt from it, never changed in place.
 */
public final class Params {

    private final Map<String, ParamSpec<?>> specs;
    private final Map<String, Object> values;

    private Params(Map<String, ParamSpec<?>> specs, Map<String, Object> values) {
        this.specs = specs;
        this.values = values;
    }

    /** Every parameter at its default. */
    public static Params defaults(List<ParamSpec<?>> declared) {
        Map<String, ParamSpec<?>> specs = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec<?> spec : declared) {
            if (specs.put(spec.name(), spec) != null) {
                throw new IllegalArgumentException("parameter '" + spec.name() + "' is declared twice");
            }
            values.put(spec.name(), spec.validate(spec.defaultValue()));
        }
        for (ParamSpec<?> spec : declared) {
            if (!spec.defaultsFollow().isEmpty()) {
                ParamSpec<?> choice = specs.get(spec.defaultsFollow());
                if (choice == null || choice.kind() != ParamSpec.Kind.CHOICE) {
                    throw new IllegalArgumentException("the default of '" + spec.name() + "' follows '"
                            + spec.defaultsFollow() + "', which is not a declared choice");
                }
                for (String option : choice.options()) {
                    spec.validate(spec.defaultFor(option));
                }
                values.put(spec.name(), spec.validate(spec.defaultFor((String) values.get(choice.name()))));
            }
        }
        return new Params(Collections.unmodifiableMap(specs), Collections.unmodifiableMap(values));
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
        if (!valid.equals(old)) {
            for (ParamSpec<?> follower : specs.values()) {
                if (follower.defaultsFollow().equals(name)
                        && follower.defaultFor((String) old).equals(copy.get(follower.name()))) {
                    copy.put(follower.name(), follower.defaultFor((String) valid));
                }
            }
        }
        return new Params(specs, Collections.unmodifiableMap(copy));
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
