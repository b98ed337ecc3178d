package org.stepwise.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic data sets for two-feature lessons, deterministic for a seed.
 *
 * <ul>
 * <li>{@code moons}: two interleaving half circles, as scikit-learn's {@code make_moons}: the
 *     outer (class 0) at (cos t, sin t), the inner (class 1) at (1 − cos t, 0.5 − sin t),
 *     t evenly spaced on [0, π], plus Gaussian noise.</li>
 * <li>{@code circles}: two concentric circles, as {@code make_circles} with factor 0.5: class 0
 *     on radius 1, class 1 on radius 0.5, angles evenly spaced, plus noise.</li>
 * <li>{@code blobs}: one isotropic Gaussian blob per class, centres evenly spaced on a circle of
 *     radius 3, standard deviation 0.5 + noise.</li>
 * <li>{@code xor}: points uniform on [−1, 1]², class 1 where x1·x2 &gt; 0, coordinates then
 *     jittered by noise.</li>
 * <li>{@code spirals}: one arm per class, r = 0.1 … 1, angle 2.5π·r + 2πk/K, plus noise.</li>
 * <li>{@code linear}: x uniform on [−3, 3], y = 2x + 1 + noise (regression).</li>
 * <li>{@code sine}: x uniform on [−3, 3], y = sin x + noise (regression).</li>
 * </ul>
 * Noise is a Gaussian standard deviation. Points of each class are as equal in number as the
 * size allows.
 */
public final class Generators {

    private static final List<String> CLASSIFICATION = List.of("moons", "circles", "blobs", "xor", "spirals");
    private static final List<String> REGRESSION = List.of("linear", "sine");
    private static final List<String> MULTICLASS = List.of("blobs", "spirals");

    private Generators() {
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>(CLASSIFICATION);
        names.addAll(REGRESSION);
        return names;
    }

    public static List<String> classificationNames() { return CLASSIFICATION; }

    public static List<String> regressionNames() { return REGRESSION; }

    /** True for generators that take a class count other than 2. */
    public static boolean takesClasses(String name) { return MULTICLASS.contains(name); }

    /**
     * Generates a data set.
     *
     * @throws IllegalArgumentException for an unknown name or a class count the generator cannot make
     */
    public static Dataset generate(String name, GeneratorOptions options) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException("There is no generator '" + name + "'; they are: "
                    + String.join(", ", names()) + ".");
        }
        if (CLASSIFICATION.contains(name) && !takesClasses(name) && options.classes() != 2) {
            throw new IllegalArgumentException("The '" + name + "' generator makes exactly 2 classes; got "
                    + options.classes() + ". Use blobs or spirals for more.");
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        int n = options.size();
        double noise = options.noise();
        if (REGRESSION.contains(name)) {
            double[][] x = new double[n][1];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i][0] = -3 + 6 * random.nextDouble();
                double clean = name.equals("linear") ? 2 * x[i][0] + 1 : Math.sin(x[i][0]);
                y[i] = clean + noise * gaussian(random);
            }
            return Dataset.regression(name, x, y, List.of("x"), "y");
        }
        int classes = takesClasses(name) ? options.classes() : 2;
        double[][] x = new double[n][2];
        int[] labels = new int[n];
        int[] counts = new int[classes];
        for (int i = 0; i < n; i++) {
            counts[i % classes]++;
        }
        int row = 0;
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < counts[k]; j++, row++) {
                labels[row] = k;
                point(name, k, classes, j, counts[k], random, x[row]);
                if (!name.equals("blobs")) {
                    x[row][0] += noise * gaussian(random);
                    x[row][1] += noise * gaussian(random);
                }
            }
        }
        if (name.equals("xor")) {
            for (int i = 0; i < n; i++) {
                labels[i] = x[i][0] * x[i][1] > 0 ? 1 : 0;
            }
        }
        if (name.equals("blobs")) {
            for (int i = 0; i < n; i++) {
                x[i][0] += (0.5 + noise) * gaussian(random);
                x[i][1] += (0.5 + noise) * gaussian(random);
            }
        }
        List<String> classNames = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            classNames.add("class " + k);
        }
        return Dataset.classification(name, x, labels, List.of("x1", "x2"), classNames);
    }

    /** The noise-free position of the j-th of {@code count} points of class k. Modified: out. */
    private static void point(String name, int k, int classes, int j, int count, SplittableRandom random,
                              double[] out) {
        double fraction = count == 1 ? 0 : (double) j / (count - 1);
        switch (name) {
            case "moons" -> {
                double t = Math.PI * fraction;
                out[0] = k == 0 ? Math.cos(t) : 1 - Math.cos(t);
                out[1] = k == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
            }
            case "circles" -> {
                double t = 2 * Math.PI * j / count;
                double radius = k == 0 ? 1 : 0.5;
                out[0] = radius * Math.cos(t);
                out[1] = radius * Math.sin(t);
            }
            case "blobs" -> {
                double angle = 2 * Math.PI * k / classes;
                out[0] = 3 * Math.cos(angle);
                out[1] = 3 * Math.sin(angle);
            }
            case "xor" -> {
                out[0] = -1 + 2 * random.nextDouble();
                out[1] = -1 + 2 * random.nextDouble();
            }
            case "spirals" -> {
                double r = 0.1 + 0.9 * fraction;
                double angle = 2.5 * Math.PI * r + 2 * Math.PI * k / classes;
                out[0] = r * Math.cos(angle);
                out[1] = r * Math.sin(angle);
            }
            default -> throw new IllegalStateException("no geometry for " + name);
        }
    }

    /** A standard normal draw (Box–Muller), from the seeded generator only. */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
