package org.stepwise.algo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

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

    // Set only while a spec is built (the constructors and the refining methods, on a fresh
    // copy): every spec handed out is immutable.
    private final String name;
    private final Kind kind;
    private final Class<T> type;
    private final T defaultValue;
    private double min;
    private boolean minOpen;
    private double max;
    private boolean logScale;
    private String label;
    private String help = "";
    private final List<String> options;
    /** What the sheet shows for each option, in the same order ("Gradient descent" for gd). */
    private List<String> optionLabels;
    /** A choice that also takes a number above this bound (an SVM's gamma: scale, auto or 0.5); NaN when not. */
    private double numbersAbove = Double.NaN;
    /** A choice that also takes a text this check accepts (null when not): why a text is refused, or null. */
    private java.util.function.Function<String, String> textProblem;
    private String textWhat = "";
    private String textLabel = "";
    private String group = "";
    private boolean groupOpen = true;
    /** When the parameter matters; null when always. */
    private Predicate<Params> appliesWhen;
    private String inapplicableWhy = "";
    /** The choice whose value picks the default ("" when the default is fixed), and its defaults by option. */
    private String defaultsFollow = "";
    private Map<String, T> defaultsByOption = Map.of();

    private ParamSpec(String name, Kind kind, Class<T> type, T defaultValue, double min, double max,
                      List<String> options) {
        this.name = name;
        this.kind = kind;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.label = labelOf(name);
        this.options = options;
        this.optionLabels = options;
    }

    /** A copy to refine: the refining methods change the copy, never this spec. */
    private ParamSpec<T> copy() {
        ParamSpec<T> copy = new ParamSpec<>(name, kind, type, defaultValue, min, max, options);
        copy.minOpen = minOpen;
        copy.logScale = logScale;
        copy.label = label;
        copy.help = help;
        copy.optionLabels = optionLabels;
        copy.numbersAbove = numbersAbove;
        copy.textProblem = textProblem;
        copy.textWhat = textWhat;
        copy.textLabel = textLabel;
        copy.group = group;
        copy.groupOpen = groupOpen;
        copy.appliesWhen = appliesWhen;
        copy.inapplicableWhy = inapplicableWhy;
        copy.defaultsFollow = defaultsFollow;
        copy.defaultsByOption = defaultsByOption;
        return copy;
    }

    /** An integer parameter, unbounded until refined. */
    public static ParamSpec<Integer> integer(String name, int defaultValue) {
        return new ParamSpec<>(checkName(name), Kind.INTEGER, Integer.class, defaultValue,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, List.of());
    }

    /** A real parameter (finite values only), unbounded until refined. */
    public static ParamSpec<Double> real(String name, double defaultValue) {
        return new ParamSpec<>(checkName(name), Kind.REAL, Double.class, defaultValue,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, List.of());
    }

    /** A true/false parameter. */
    public static ParamSpec<Boolean> flag(String name, boolean defaultValue) {
        return new ParamSpec<>(checkName(name), Kind.FLAG, Boolean.class, defaultValue, 0, 1, List.of());
    }

    /** A parameter that takes one of a fixed list of words. */
    public static ParamSpec<String> choice(String name, String defaultValue, List<String> options) {
        if (!options.contains(defaultValue)) {
            throw new IllegalArgumentException("default '" + defaultValue + "' is not one of " + options);
        }
        return new ParamSpec<>(checkName(name), Kind.CHOICE, String.class, defaultValue, 0, 0, List.copyOf(options));
    }

    /** Values must be {@code >= min}. */
    public ParamSpec<T> atLeast(double newMin) {
        ParamSpec<T> copy = copy();
        copy.min = newMin;
        copy.minOpen = false;
        return copy;
    }

    /** Values must be {@code > min} (an open lower bound, e.g. a learning rate above 0). */
    public ParamSpec<T> greaterThan(double newMin) {
        ParamSpec<T> copy = atLeast(newMin);
        copy.minOpen = true;
        return copy;
    }

    /** Values must be {@code <= max}. */
    public ParamSpec<T> atMost(double newMax) {
        ParamSpec<T> copy = copy();
        copy.max = newMax;
        return copy;
    }

    /** Values must lie in the closed range [min, max]. */
    public ParamSpec<T> between(double newMin, double newMax) {
        return atLeast(newMin).atMost(newMax);
    }

    /** Edited on a logarithmic slider (learning rates, regularization strengths). */
    public ParamSpec<T> logScale() {
        ParamSpec<T> copy = copy();
        copy.logScale = true;
        return copy;
    }

    /** The label shown on the parameter sheet (defaults to the name split into words). */
    public ParamSpec<T> label(String newLabel) {
        ParamSpec<T> copy = copy();
        copy.label = newLabel;
        return copy;
    }

    /** One line of help shown beside the editor and by {@code stepwise run --help}. */
    public ParamSpec<T> help(String newHelp) {
        ParamSpec<T> copy = copy();
        copy.help = newHelp;
        return copy;
    }

    /**
     * The heading the sheet shows this parameter under. Headings appear in the order of their
     * first parameter, each with its parameters in declaration order; a lesson whose parameters
     * have no group shows them without headings.
     */
    public ParamSpec<T> group(String heading) {
        return group(heading, true);
    }

    /**
     * {@link #group(String)}, saying whether the heading starts open: a group of fine-tuning
     * knobs can start closed (the group's first parameter decides).
     */
    public ParamSpec<T> group(String heading, boolean startsOpen) {
        ParamSpec<T> copy = copy();
        copy.group = Objects.requireNonNull(heading, "heading");
        copy.groupOpen = startsOpen;
        return copy;
    }

    /**
     * Says when the parameter matters, from the other values: when {@code when} is false the
     * sheet disables its editor and tells why ({@code why}, e.g. "Only for the quadratic bowl").
     * A value may still be set (a session, the command line); the engine ignores it.
     */
    public ParamSpec<T> appliesWhen(Predicate<Params> when, String why) {
        ParamSpec<T> copy = copy();
        copy.appliesWhen = Objects.requireNonNull(when, "when");
        copy.inapplicableWhy = Objects.requireNonNull(why, "why");
        return copy;
    }

    /**
     * Defaults that follow a choice parameter, or a {@link DataTrait} of the data the factory
     * declares ({@link EngineFactory#dataTraits()}): under option {@code o} of {@code choice} the
     * default is {@code byOption.get(o)}, or {@link #defaultValue()} for options not listed.
     * When the choice (or the data's reading, {@link Params#forData}) changes, a value still at
     * the old option's default moves to the new option's; a value the learner set is kept
     * ({@link Params#with}).
     */
    public ParamSpec<T> defaultsFollow(String choice, Map<String, T> byOption) {
        ParamSpec<T> copy = copy();
        copy.defaultsFollow = Objects.requireNonNull(choice, "choice");
        copy.defaultsByOption = Map.copyOf(byOption);
        return copy;
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
    /** The sheet's heading for this parameter; empty when it has none. */
    public String group() { return group; }
    /** Whether this parameter's group starts open on the sheet. */
    public boolean groupStartsOpen() { return groupOpen; }
    /** The choice parameter or data trait whose value picks this one's default; empty when the default is fixed. */
    public String defaultsFollow() { return defaultsFollow; }

    /** The default under option {@code option} of the choice it follows ({@link #defaultValue()} otherwise). */
    public T defaultFor(String option) {
        return defaultsByOption.getOrDefault(option, defaultValue);
    }

    /** Whether the parameter matters with these values (always, unless {@link #appliesWhen} says otherwise). */
    public boolean appliesTo(Params values) {
        return appliesWhen == null || appliesWhen.test(values);
    }

    /** Why the parameter may not matter (the text of {@link #appliesWhen}); empty when it always does. */
    public String inapplicableWhy() { return inapplicableWhy; }

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
        ParamSpec<T> copy = copy();
        copy.optionLabels = List.of(labels);
        return copy;
    }

    /**
     * A choice that also takes any number above {@code bound}, written as a word is (scikit-learn's
     * {@code gamma}: "scale", "auto" or a float): the value is the option's word or the number's
     * text ({@code "0.5"}), and a number at or below the bound is refused like a word that is no option.
     *
     * @throws IllegalStateException when this is not a choice
     */
    public ParamSpec<T> orNumberAbove(double bound) {
        if (kind != Kind.CHOICE) {
            throw new IllegalStateException("'" + name + "' is not a choice; only a choice may also take numbers");
        }
        ParamSpec<T> copy = copy();
        copy.numbersAbove = bound;
        return copy;
    }

    /** Whether this choice also takes numbers ({@link #orNumberAbove}). */
    public boolean takesNumbers() { return !Double.isNaN(numbersAbove); }

    /**
     * A choice that also takes a text of its own kind, as a file would hold it (a grid world's
     * layout: "classic", "cliff" or the learner's cells): a value that is no option is accepted
     * when {@code problem} finds nothing wrong with it, and refused with its sentence (which names
     * where the mistake is) otherwise. The sheet shows such a value as {@code label}; with an empty
     * label, as written, and lets the learner type one (a playground's hidden layers: "4,6,2"):
     * the options are then examples of the text, and {@link #describeAllowed()} names the text alone.
     *
     * @param what    what the text is, for {@link #describeAllowed()} ("a layout")
     * @throws IllegalStateException when this is not a choice
     */
    public ParamSpec<T> orText(String what, String label, java.util.function.Function<String, String> problem) {
        if (kind != Kind.CHOICE) {
            throw new IllegalStateException("'" + name + "' is not a choice; only a choice may also take a text");
        }
        ParamSpec<T> copy = copy();
        copy.textProblem = Objects.requireNonNull(problem, "problem");
        copy.textWhat = what;
        copy.textLabel = label;
        return copy;
    }

    /** Whether this choice also takes a text of its own kind ({@link #orText}). */
    public boolean takesText() { return textProblem != null; }

    /**
     * Whether the sheet lets the learner type a value besides picking an option: a choice that
     * also takes numbers, or a text shown as written ({@link #orText} with an empty label).
     */
    public boolean typedIn() { return takesNumbers() || takesText() && textLabel.isEmpty(); }

    /**
     * Why {@code text} is not a text this choice takes ({@link #orText}), in the check's own
     * sentence, which names where the mistake is; null when it is one.
     *
     * @throws IllegalStateException when this choice takes no text
     */
    public String textProblem(String text) {
        if (!takesText()) {
            throw new IllegalStateException("'" + name + "' takes no text");
        }
        return textProblem.apply(text);
    }

    /** What the sheet shows for {@code option}: its label, or the word itself when it has none. */
    public String optionLabel(String option) {
        int index = options.indexOf(option);
        return index >= 0 ? optionLabels.get(index) : takesText() && !textLabel.isEmpty() ? textLabel : option;
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
        if (kind == Kind.CHOICE && !options.contains(typed) && takesText()) {
            String why = textProblem.apply((String) typed);
            if (why != null) {
                throw new IllegalArgumentException("The '" + name + "' parameter must be " + describeAllowed()
                        + ". " + why);
            }
        } else if (kind == Kind.CHOICE && !options.contains(typed)) {
            if (!takesNumbers()) {
                throw refusal("'" + typed + "'");
            }
            Object number = parseNumber(((String) typed).trim(), false);
            if (!(number instanceof Double d) || !Double.isFinite(d) || d <= numbersAbove) {
                throw refusal("'" + typed + "'");
            }
            typed = Double.toString(d);
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
            case CHOICE -> takesNumbers() ? "one of " + String.join(", ", options) + " or a number above "
                    + number(numbersAbove) : typedIn() ? textWhat : "one of " + String.join(", ", options)
                    + (takesText() ? " or " + textWhat : "");
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
                if (value instanceof Number n && takesNumbers()) {
                    return Double.toString(n.doubleValue());
                }
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
