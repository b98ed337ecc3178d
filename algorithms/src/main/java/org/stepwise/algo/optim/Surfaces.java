package org.stepwise.algo.optim;

import java.util.List;

/** The surfaces the optimizer lesson offers, by the names its {@code surface} parameter takes. */
public final class Surfaces {

    private static final List<String> NAMES = List.of("bowl", "rosenbrock", "beale", "himmelblau", "saddle",
            "rastrigin");

    private Surfaces() {
    }

    /** The names {@link #create} accepts, in the order the lesson lists them. */
    public static List<String> names() { return NAMES; }

    /**
     * A new surface by name.
     *
     * @param conditioning    κ of the bowl (ignored by the other surfaces)
     * @param rotationDegrees rotation of the bowl in degrees (ignored by the other surfaces)
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones) or
     *                                  a bowl conditioning below 1
     */
    public static TestSurface create(String name, double conditioning, double rotationDegrees) {
        return switch (name == null ? "" : name) {
            case "bowl" -> new QuadraticBowl(conditioning, rotationDegrees);
            case "rosenbrock" -> new Rosenbrock();
            case "beale" -> new Beale();
            case "himmelblau" -> new Himmelblau();
            case "saddle" -> new Saddle();
            case "rastrigin" -> new Rastrigin();
            default -> throw new IllegalArgumentException("There is no surface '" + name + "'; the surfaces are: "
                    + String.join(", ", NAMES) + ".");
        };
    }
}
