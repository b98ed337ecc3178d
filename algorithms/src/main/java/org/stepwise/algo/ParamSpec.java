package org.stepwise.algo;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One declared parameter of an engine: name, type, default, allowed range, scale and a line
 * of help. The parameter sheet, the command line ({@code --param name=value}) and validation
 * all read this one declaration, in the spirit of scikit-learn's
 * {@code _parameter_constraints}.
 *
 * <p>Instances are immutable; the refining methods ({@link #atLeast}, {@link #logScale}, ...)
 * return a new spec. Every refusal uses one message format:
 * <i>The 'k' parameter must be an integer in the range [1, 150]; got 400.</i>
 *
 * @param <T> Integer, Double, Boolean or String (for a choice)
 */
public final class ParamSpec<T> {

    /** The type of a parameter, which picks its editor and parser. */
    public enum Kind { INTEGER, REAL, FLAG, CHOICE }

    private final String name;
    private final Kind kind;
    private final Class<T> type;
    private final T defaultValue;
    private final double min;
    private final boolean minOpen;
    private final double max;
    private final boolean logScale;
    private final String label;
    private final String help;
    private final List<String> options;
    /** What the sheet shows for each option, in the same order ("Gradient descent" for gd). */
    private final List<String> optionLabels;

    private ParamSpec(String name, Kind kind, Class<T> type, T defaultValue, double min, boolean minOpen,
                      double max, boolean logScale, String label, String help, List<String> options) {
        this(name, kind, type, defaultValue, min, minOpen, max, logScale, label, help, options, options);
    }

    private ParamSpec(String name, Kind kind, Class<T> type, T defaultValue, double min, boolean minOpen,
                      double max, boolean logScale, String label, String help, List<String> options,
                      List<String> optionLabels) {
        this.name = name;
        this.kind = kind;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.minOpen = minOpen;
        this.max = max;
        this.logScale = logScale;
        this.label = label;
        this.help = help;
        this.options = options;
        this.optionLabels = optionLabels;
    }

    /** An integer parameter, unbounded until refined. */
    public static ParamSpec<Integer> integer(String name, int defaultValue) {
        return new ParamSpec<>(checkName(name), Kind.INTEGER, Integer.class, defaultValue,
                Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, labelOf(name), "", List.of());
    }

    /** A real parameter (finite values only), unbounded until refined. */
    public static ParamSpec<Double> real(String name, double defaultValue) {
        return new ParamSpec<>(checkName(name), Kind.REAL, Double.class, defaultValue,
                Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, labelOf(name), "", List.of());
    }

    /** A true/false parameter. */
    public static ParamSpec<Boolean> flag(String name, boolean defaultValue) {
        return new ParamSpec<>(checkName(name), Kind.FLAG, Boolean.class, defaultValue,
                0, false, 1, false, labelOf(name), "", List.of());
    }

    /** A parameter that takes one of a fixed list of words. */
    public static ParamSpec<String> choice(String name, String defaultValue, List<String> options) {
        if (!options.contains(defaultValue)) {
            throw new IllegalArgumentException("default '" + defaultValue + "' is not one of " + options);
        }
        return new ParamSpec<>(checkName(name), Kind.CHOICE, String.class, defaultValue,
                0, false, 0, false, labelOf(name), "", List.copyOf(options));
    }

    /** Values must be {@code >= min}. */
    public ParamSpec<T> atLeast(double newMin) {
        return new ParamSpec<>(name, kind, type, defaultValue, newMin, false, max, logScale, label, help, options, optionLabels);
    }

    /** Values must be {@code > min} (an open lower bound, e.g. a learning rate above 0). */
    public ParamSpec<T> greaterThan(double newMin) {
        return new ParamSpec<>(name, kind, type, defaultValue, newMin, true, max, logScale, label, help, options, optionLabels);
    }

    /** Values must be {@code <= max}. */
    public ParamSpec<T> atMost(double newMax) {
        return new ParamSpec<>(name, kind, type, defaultValue, min, minOpen, newMax, logScale, label, help, options, optionLabels);
    }

    /** Values must lie in the closed range [min, max]. */
    public ParamSpec<T> between(double newMin, double newMax) {
        return atLeast(newMin).atMost(newMax);
    }

    /** Edited on a logarithmic slider (learning rates, regularization strengths). */
    public ParamSpec<T> logScale() {
        return new ParamSpec<>(name, kind, type, defaultValue, min, minOpen, max, true, label, help, options, optionLabels);
    }

    /** The label shown on the parameter sheet (defaults to the name split into words). */
    public ParamSpec<T> label(String newLabel) {
        return new ParamSpec<>(name, kind, type, defaultValue, min, minOpen, max, logScale, newLabel, help, options,
                optionLabels);
    }

    /** One line of help shown beside the editor and by {@code stepwise run --help}. */
    public ParamSpec<T> help(String newHelp) {
        return new ParamSpec<>(name, kind, type, defaultValue, min, minOpen, max, logScale, label, newHelp, options,
                optionLabels);
    }

    public String name() { return name; }
    public Kind kind() { return kind; }
    public Class<T> type() { return type; }
    public T defaultValue() { return defaultValue; }
    public double min() { return min; }
    public boolean minOpen() { return minOpen; }
    public double max() { return max; }
    public boolean isLogScale() { return logScale; }
    public String label() { return label; }
    public String help() { return help; }
    /** The allowed words of a choice; empty for other kinds. */
    public List<String> options() { return options; }

    /**
     * What a learner reads for each option of a choice, in the order of {@link #options()}: the
     * words stay the interface of the command line and sessions ({@code solver=gd}), the sheet
     * shows "Gradient descent".
     *
     * @throws IllegalStateException when this is not a choice or the count differs from the options
     */
    public ParamSpec<T> optionLabels(String... labels) {
        if (kind != Kind.CHOICE || labels.length != options.size()) {
            throw new IllegalStateException("'" + name + "' needs one label for each of " + options);
        }
        return new ParamSpec<>(name, kind, type, defaultValue, min, minOpen, max, logScale, label, help, options,
                List.of(labels));
    }

    /** What the sheet shows for {@code option}: its label, or the word itself when it has none. */
    public String optionLabel(String option) {
        int index = options.indexOf(option);
        return index < 0 ? option : optionLabels.get(index);
    }

    /**
     * Checks a value and returns it typed. Integers given as whole doubles are accepted.
     *
     * @throws IllegalArgumentException naming the parameter, what it allows and what it got
     */
    public T validate(Object value) {
        if (value == null) {
            throw refusal("nothing");
        }
        Object typed = coerce(value);
        if (typed == null) {
            throw refusal(String.valueOf(value));
        }
        if (kind == Kind.INTEGER || kind == Kind.REAL) {
            double v = ((Number) typed).doubleValue();
            boolean belowMin = minOpen ? v <= min : v < min;
            if (!Double.isFinite(v) || belowMin || v > max) {
                throw refusal(format(type.cast(typed)));
            }
        }
        if (kind == Kind.CHOICE && !options.contains(typed)) {
            throw refusal("'" + typed + "'");
        }
        return type.cast(typed);
    }

    /** Parses the text form used on the command line and in session files, then validates it. */
    public T parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Object value = switch (kind) {
            case INTEGER -> parseNumber(trimmed, true);
            case REAL -> parseNumber(trimmed, false);
            case FLAG -> trimmed.equalsIgnoreCase("true") ? Boolean.TRUE
                    : trimmed.equalsIgnoreCase("false") ? Boolean.FALSE : null;
            case CHOICE -> trimmed;
        };
        if (value == null) {
            throw refusal("'" + trimmed + "'");
        }
        return validate(value);
    }

    /** The text form of a value; {@code parse(format(v))} gives {@code v} back exactly. */
    public String format(T value) {
        if (value instanceof Double d) {
            return Double.toString(d);
        }
        return String.valueOf(value);
    }

    /** What the parameter allows, e.g. "an integer in the range [1, 150]". */
    public String describeAllowed() {
        return switch (kind) {
            case INTEGER -> "an integer" + describeRange();
            case REAL -> "a number" + describeRange();
            case FLAG -> "true or false";
            case CHOICE -> "one of " + String.join(", ", options);
        };
    }

    private String describeRange() {
        boolean noMin = min == Double.NEGATIVE_INFINITY;
        boolean noMax = max == Double.POSITIVE_INFINITY;
        if (noMin && noMax) {
            return "";
        }
        return " in the range " + (noMin || minOpen ? "(" : "[") + (noMin ? "-∞" : number(min)) + ", "
                + (noMax ? "∞)" : number(max) + "]");
    }

    /**
     * A bound as a learner writes it: 100, 0.5, 0.00001; powers of ten below a millionth as
     * 1e-12 (never Java's 1.0E-5).
     */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) >= 1e-6) {
            return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v).replace(".0E", "e").replace("E", "e");
    }

    private IllegalArgumentException refusal(String got) {
        return new IllegalArgumentException("The '" + name + "' parameter must be " + describeAllowed()
                + "; got " + got + ".");
    }

    private Object coerce(Object value) {
        switch (kind) {
            case INTEGER:
                if (value instanceof Integer) {
                    return value;
                }
                if (value instanceof Number n) {
                    double d = n.doubleValue();
                    return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? (Object) (int) d : null;
                }
                return null;
            case REAL:
                return value instanceof Number n ? (Object) n.doubleValue() : null;
            case FLAG:
                return value instanceof Boolean ? value : null;
            default:
                return value instanceof String ? value : null;
        }
    }

    private static Object parseNumber(String text, boolean integer) {
        try {
            double d = Double.parseDouble(text);
            if (integer) {
                return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? (Object) (int) d : null;
            }
            return d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-zA-Z][a-zA-Z0-9]*")) {
            throw new IllegalArgumentException("a parameter name is one word of letters and digits: " + name);
        }
        return name;
    }

    /** "learningRate" -> "Learning rate". */
    private static String labelOf(String name) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                label.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c) && !Character.isUpperCase(name.charAt(i - 1))) {
                label.append(' ').append(Character.toLowerCase(c));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    @Override
    public String toString() { return name + " (" + describeAllowed() + ", default " + defaultValue + ")"; }
}
