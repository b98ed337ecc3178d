package org.stepwise.data;

/**
 * Options of a synthetic generator ({@link Generators}), validated here and only here, with the
 * parameter message format ("The 'size' option must be an integer in the range [1, 100000];
 * got 0."). Whether a generator accepts the class count is checked by {@link Generators}.
 *
 * @param size    number of points, 1 to {@value #MAX_SIZE}
 * @param noise   standard deviation of the Gaussian noise, 0 to 5
 * @param classes number of classes, 2 to {@value #MAX_CLASSES}; moons, circles and xor accept
 *                only 2, blobs and spirals any; the regression generators ignore it
 * @param seed    seeds the generator's {@link java.util.SplittableRandom}, its only randomness
 */
public record GeneratorOptions(int size, double noise, int classes, long seed) {

    public static final int MAX_SIZE = 100_000;
    public static final int MAX_CLASSES = 8;

    public GeneratorOptions {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("The 'size' option must be an integer in the range [1, "
                    + MAX_SIZE + "]; got " + size + ".");
        }
        if (!(noise >= 0 && noise <= 5)) {
            throw new IllegalArgumentException("The 'noise' option must be a number in the range [0, 5]; got "
                    + noise + ".");
        }
        if (classes < 2 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("The 'classes' option must be an integer in the range [2, "
                    + MAX_CLASSES + "]; got " + classes + ".");
        }
    }

    /** 200 points, noise 0.1, 2 classes, seed 0. */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(200, 0.1, 2, 0);
    }

    public GeneratorOptions withSize(int newSize) { return new GeneratorOptions(newSize, noise, classes, seed); }

    public GeneratorOptions withNoise(double newNoise) { return new GeneratorOptions(size, newNoise, classes, seed); }

    public GeneratorOptions withClasses(int newClasses) { return new GeneratorOptions(size, noise, newClasses, seed); }

    public GeneratorOptions withSeed(long newSeed) { return new GeneratorOptions(size, noise, classes, newSeed); }
}
