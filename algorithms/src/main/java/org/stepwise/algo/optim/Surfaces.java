package org.stepwise.algo.optim;

import java.util.List;

/** The surfaces the optimizer lesson offers, by the names its {@code surface} parameter takes. */
public final class Surfaces {

    private static final List<String> NAMES = List.of("bowl", "rosenbrock", "beale", "himmelblau", "saddle",
            "rastrigin");

    private Surfaces() {
    }

    public static List<String> names() { return NAMES; }

    /**
     * @param conditioning    used by the bowl only
     * @param rotationDegrees used by the bowl only
     */
    public static TestSurface create(String name, double conditioning, double rotationDegrees) {
        return switch (name) {
            case "bowl" -> new QuadraticBowl(conditioning, rotationDegrees);
            case "rosenbrock" -> new Rosenbrock();
            case "beale" -> new Beale();
            case "himmelblau" -> new Himmelblau();
            case "saddle" -> new Saddle();
            case "rastrigin" -> new Rastrigin();
            default -> throw new IllegalArgumentException("There is no surface '" + name + "'; they are: "
                    + String.join(", ", NAMES) + ".");
        };
    }
}
