package org.stepwise.viz.lesson.card;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.stepwise.data.GeneratorOptions;

/**
 * The settings of one "Try this" experiment, declared at the end of its bullet as a Markdown
 * link whose address starts with {@code try:}, so other Markdown viewers show a plain link:
 *
 * <pre>[Try it](try:data=circles;noise=0.2;degree=2;standardize;testSize=0.2)</pre>
 *
 * <p>Items are separated by {@code ;} (no spaces: a Markdown link address has none). The data
 * items are {@code data} (a built-in set or generator, by its command-line name), the
 * generator's {@code points}, {@code noise} and {@code classes}, {@code seed} (of the engine
 * and the generator, as {@code run --seed}), {@code standardize} (alone, or {@code =true} /
 * {@code =false}) and {@code testSize} (the share held out); every other {@code name=value}
 * is a parameter by its command-line name with its text value, as {@code run --param}.
 *
 * <p>A declaration is complete: what it does not name is at the lesson's default (the
 * lesson's own data, parameters at their defaults, seed 0, not standardized, nothing held
 * out), so an experiment shows the same thing whatever the learner did before; {@code try:}
 * alone is the lesson as it opens.
 *
 * @param params      parameter name to text value, in the order written; never {@code null}
 * @param data        the data set's command-line name, or {@code null} for the lesson's own data
 * @param points      the generator's point count, or {@code null} for the generator's default
 * @param noise       the generator's noise, or {@code null} for the generator's default
 * @param classes     the generator's class count, or {@code null} for the generator's default
 * @param seed        the seed of the engine and the generator
 * @param standardize whether the features are standardized
 * @param testSize    the share of rows held out, 0 for none
 */
public record TryIt(Map<String, String> params, String data, Integer points, Double noise, Integer classes,
                    long seed, boolean standardize, double testSize) {

    /** The address prefix that marks a link as a Try-it declaration. */
    public static final String SCHEME = "try:";

    /** The keys that describe the data rather than a parameter. */
    public static final List<String> DATA_KEYS = List.of("data", "points", "noise", "classes", "seed", "standardize",
            "testSize");

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.+\\-]+");

    public TryIt {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (data == null && (points != null || noise != null || classes != null)) {
            throw new IllegalArgumentException("points, noise and classes shape a generated data set; name it with "
                    + "data=...");
        }
    }

    /** Whether the experiment names a data set (else it runs on the lesson's own data). */
    public boolean namesData() { return data != null; }

    /** The generator options of the named data: the given ones over {@link GeneratorOptions#defaults()}. */
    public GeneratorOptions generatorOptions() {
        GeneratorOptions defaults = GeneratorOptions.defaults();
        return new GeneratorOptions(points != null ? points : defaults.size(), noise != null ? noise : defaults.noise(),
                classes != null ? classes : defaults.classes(), seed);
    }

    /**
     * Reads a declaration's address, {@code try:} and its items.
     *
     * @throws IllegalArgumentException saying what is wrong with the declaration
     */
    public static TryIt parse(String address) {
        Objects.requireNonNull(address, "address");
        if (!address.startsWith(SCHEME)) {
            throw new IllegalArgumentException("a Try-it address starts with '" + SCHEME + "'; got '" + address + "'");
        }
        Map<String, String> items = new LinkedHashMap<>();
        String body = address.substring(SCHEME.length()).trim();
        if (body.isEmpty()) {
            // 'try:' alone: the lesson as it opens.
            return fromItems(items);
        }
        for (String item : body.split(";", -1)) {
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("an empty item in the Try-it declaration '" + body
                        + "'; items are separated by one ';'");
            }
            int equals = trimmed.indexOf('=');
            String key = (equals < 0 ? trimmed : trimmed.substring(0, equals)).trim();
            String value = equals < 0 ? null : trimmed.substring(equals + 1).trim();
            if (!NAME.matcher(key).matches()) {
                throw new IllegalArgumentException("'" + key + "' is not a name in the Try-it declaration '" + body + "'");
            }
            if (value == null && !key.equals("standardize")) {
                throw new IllegalArgumentException("'" + key + "' needs a value in the Try-it declaration, as "
                        + key + "=VALUE");
            }
            if (value != null && !VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("the value of '" + key + "' in the Try-it declaration is '" + value
                        + "'; values are words or numbers");
            }
            if (items.containsKey(key)) {
                throw new IllegalArgumentException("'" + key + "' is set twice in the Try-it declaration '" + body + "'");
            }
            items.put(key, value);
        }
        return fromItems(items);
    }

    private static TryIt fromItems(Map<String, String> items) {
        Map<String, String> params = new LinkedHashMap<>();
        items.forEach((key, value) -> {
            if (!DATA_KEYS.contains(key)) {
                params.put(key, value);
            }
        });
        String standardize = items.getOrDefault("standardize", "false");
        if (standardize == null) {
            standardize = "true";
        }
        if (!standardize.equals("true") && !standardize.equals("false")) {
            throw new IllegalArgumentException("standardize is written alone, or as standardize=true or =false; got '"
                    + standardize + "'");
        }
        String seed = items.get("seed");
        String testSize = items.get("testSize");
        try {
            return new TryIt(params, items.get("data"), integer(items, "points"), real(items, "noise"),
                    integer(items, "classes"), seed == null ? 0 : Long.parseLong(seed),
                    standardize.equals("true"), testSize == null ? 0 : Double.parseDouble(testSize));
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException("a number in the Try-it declaration is not one: "
                    + notNumber.getMessage(), notNumber);
        }
    }

    private static Integer integer(Map<String, String> items, String key) {
        String value = items.get(key);
        return value == null ? null : Integer.valueOf(value);
    }

    private static Double real(Map<String, String> items, String key) {
        String value = items.get(key);
        return value == null ? null : Double.valueOf(value);
    }
}
