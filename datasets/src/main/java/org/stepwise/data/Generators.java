package org.stepwise.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic data sets for the lessons, deterministic for a seed: the only randomness is one
 * {@link SplittableRandom} seeded with {@link GeneratorOptions#seed()}.
 *
 * <p>Classification sets have two features, {@code x1} and {@code x2}; "noise" is the standard
 * deviation of the Gaussian noise added to each coordinate of the noise-free shape, as in
 * scikit-learn's {@code sklearn.datasets} generators ({@code _samples_generator.py}, version 1.2):
 * <ul>
 * <li>{@code moons}: {@code make_moons}: ⌊n/2⌋ points of class 0 on the upper half circle
 *     (cos t, sin t) and the rest, class 1, on (1 − cos t, 0.5 − sin t), t evenly spaced on
 *     [0, π] with both ends included.</li>
 * <li>{@code circles}: {@code make_circles} with {@code factor=0.5}: ⌊n/2⌋ points of class 0
 *     on the circle of radius 1 and the rest, class 1, on radius 0.5, angles 2πj/m (end point
 *     excluded).</li>
 * <li>{@code blobs}: {@code make_blobs}: one isotropic Gaussian blob per class, the first n mod K
 *     classes getting one extra point. Unlike {@code make_blobs}, whose centres are drawn at
 *     random in a box and may overlap, the K centres sit evenly on a circle of radius 3 (so the
 *     blobs stay apart whatever the seed), and the blob standard deviation is 0.5 + noise (so
 *     noise 0 still gives blobs rather than K single points).</li>
 * <li>{@code xor}: class 1 in the quadrants where x1·x2 &gt; 0, class 0 in the other two; each
 *     coordinate's magnitude uniform on (0, 1], quadrants alternating within a class; noise
 *     added after labelling, so noise pushes points across the axes.</li>
 * <li>{@code spirals}: K interleaved arms (2 to 8); the j-th of m points of arm k has radius
 *     r = 0.1 + 0.9·j/(m − 1) and angle 2.5π·r + 2πk/K.</li>
 * </ul>
 * The regression sets have one feature {@code x}, uniform on [−3, 3), and target {@code y}:
 * {@code linear}: y = 2x + 1 + ε; {@code sine}: y = sin x + ε, with ε ~ N(0, noise²).
 *
 * <p>Classes are balanced (counts differ by at most one) and, as the scikit-learn generators do
 * by default ({@code shuffle=True}), the rows are shuffled, so that the classes are not in blocks.
 */
public final class Generators {

    private static final List<String> CLASSIFICATION = List.of("moons", "circles", "blobs", "xor", "spirals");
    private static final List<String> REGRESSION = List.of("linear", "sine");
    private static final List<String> MULTICLASS = List.of("blobs", "spirals");
    private static final List<String> TWO_FEATURES = List.of("x1", "x2");
    private static final double BLOB_CENTRE_RADIUS = 3;
    private static final double BLOB_BASE_DEVIATION = 0.5;
    private static final double CIRCLES_FACTOR = 0.5;

    private Generators() {
    }

    /** Every generator: the classification ones, then the regression ones. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(CLASSIFICATION);
        names.addAll(REGRESSION);
        return List.copyOf(names);
    }

    public static List<String> classificationNames() { return CLASSIFICATION; }

    public static List<String> regressionNames() { return REGRESSION; }

    /** True for generators that take a class count other than 2 (blobs and spirals). */
    public static boolean takesClasses(String name) { return MULTICLASS.contains(name); }

    /**
     * Generates a data set named after the generator.
     *
     * @throws IllegalArgumentException for an unknown name (listing the generators) or a class
     *                                  count the generator cannot make
     */
    public static Dataset generate(String name, GeneratorOptions options) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException("There is no generator '" + name + "'; they are: "
                    + String.join(", ", names()) + ".");
        }
        if (CLASSIFICATION.contains(name) && !takesClasses(name) && options.classes() != 2) {
            throw new IllegalArgumentException("The '" + name + "' generator makes exactly 2 classes; got "
                    + options.classes() + ". Use blobs or spirals for 3 to " + GeneratorOptions.MAX_CLASSES
                    + " classes.");
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        if (REGRESSION.contains(name)) {
            return regression(name, options, random);
        }
        int classes = takesClasses(name) ? options.classes() : 2;
        int[] counts = classCounts(name, options.size(), classes);
        double[][] x = new double[options.size()][2];
        int[] labels = new int[options.size()];
        int row = 0;
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < counts[k]; j++, row++) {
                labels[row] = k;
                place(name, k, classes, j, counts[k], random, x[row]);
            }
        }
        double deviation = name.equals("blobs") ? BLOB_BASE_DEVIATION + options.noise() : options.noise();
        for (double[] point : x) {
            point[0] += deviation * gaussian(random);
            point[1] += deviation * gaussian(random);
        }
        shuffle(x, labels, random);
        List<String> classNames = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            classNames.add("class " + k);
        }
        return Dataset.classification(name, x, labels, TWO_FEATURES, classNames);
    }

    private static Dataset regression(String name, GeneratorOptions options, SplittableRandom random) {
        int n = options.size();
        double[][] x = new double[n][1];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = -3 + 6 * random.nextDouble();
            double clean = name.equals("linear") ? 2 * x[i][0] + 1 : Math.sin(x[i][0]);
            y[i] = clean + options.noise() * gaussian(random);
        }
        return Dataset.regression(name, x, y, List.of("x"), "y");
    }

    /**
     * Points per class: moons and circles give class 0 ⌊n/2⌋ points like scikit-learn's
     * {@code n_samples_out}; the others give the first n mod K classes one extra point, like
     * {@code make_blobs}.
     */
    private static int[] classCounts(String name, int size, int classes) {
        int[] counts = new int[classes];
        if (name.equals("moons") || name.equals("circles")) {
            counts[0] = size / 2;
            counts[1] = size - size / 2;
            return counts;
        }
        for (int k = 0; k < classes; k++) {
            counts[k] = size / classes + (k < size % classes ? 1 : 0);
        }
        return counts;
    }

    /** The noise-free position of the j-th of {@code count} points of class k. Modified: out. */
    private static void place(String name, int k, int classes, int j, int count, SplittableRandom random,
                              double[] out) {
        // numpy.linspace(start, stop, count) with the end point: a single point sits at start
        double fraction = count == 1 ? 0 : (double) j / (count - 1);
        switch (name) {
            case "moons" -> {
                double t = Math.PI * fraction;
                out[0] = k == 0 ? Math.cos(t) : 1 - Math.cos(t);
                out[1] = k == 0 ? Math.sin(t) : 1 - Math.sin(t) - 0.5;
            }
            case "circles" -> {
                double t = 2 * Math.PI * j / count;
                double radius = k == 0 ? 1 : CIRCLES_FACTOR;
                out[0] = radius * Math.cos(t);
                out[1] = radius * Math.sin(t);
            }
            case "blobs" -> {
                double angle = 2 * Math.PI * k / classes;
                out[0] = BLOB_CENTRE_RADIUS * Math.cos(angle);
                out[1] = BLOB_CENTRE_RADIUS * Math.sin(angle);
            }
            case "xor" -> {
                // class 1: quadrants I and III (same signs); class 0: II and IV (opposite signs)
                double sign1 = j % 2 == 0 ? 1 : -1;
                double sign2 = k == 1 ? sign1 : -sign1;
                out[0] = sign1 * (1 - random.nextDouble());
                out[1] = sign2 * (1 - random.nextDouble());
            }
            case "spirals" -> {
                double r = 0.1 + 0.9 * fraction;
                double angle = 2.5 * Math.PI * r + 2 * Math.PI * k / classes;
                out[0] = r * Math.cos(angle);
                out[1] = r * Math.sin(angle);
            }
            default -> throw new IllegalStateException("no geometry for generator " + name);
        }
    }

    /** Fisher–Yates shuffle of the rows and their labels together. Modified: x, labels. */
    private static void shuffle(double[][] x, int[] labels, SplittableRandom random) {
        for (int i = x.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double[] point = x[i];
            x[i] = x[j];
            x[j] = point;
            int label = labels[i];
            labels[i] = labels[j];
            labels[j] = label;
        }
    }

    /** A standard normal draw by the Box–Muller transform, from the seeded generator only. */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // in (0, 1], so the logarithm is finite
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
