package org.stepwise.algo.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * Builds optimizer races: every enabled optimizer starts from the same point of the same
 * surface. Takes no data ({@link DataKind#NONE}; the data argument is ignored) and no
 * randomness (the seed is ignored).
 *
 * <p>The plain-gradient family (gd, momentum, nesterov) and the adaptive family (adagrad,
 * rmsprop, adam, adamw) have separate step sizes, because the adaptive rules move about α per
 * coordinate whatever the gradient's size while the others move α·|g|. Each optimizer is
 * switched on by a flag named {@code use<Name>} ({@code useGd}, {@code useMomentum}, ...),
 * because {@code momentum} is already the name of μ.
 *
 * <p>Each surface brings its own start point and learning rates ({@link ParamSpec#defaultsFollow}):
 * a rate that crosses the bowl in a hundred steps throws gradient descent out of Rosenbrock's
 * valley at step 2. A start or rate the learner has changed is kept when the surface changes.
 * Parameters that do not apply (the bowl's conditioning on another surface, Adam's β when Adam
 * does not race) say so ({@link ParamSpec#appliesWhen}); the sheet disables them.
 */
public final class OptimizerRaceFactory implements EngineFactory<OptimizerRaceSnapshot> {

    /** The optimizers' ids, in the order they are drawn, listed and coloured. */
    public static final List<String> OPTIMIZERS = List.of("gd", "momentum", "nesterov", "adagrad", "rmsprop",
            "adam", "adamw");

    private static final int DIMENSION = 2;
    private static final String[] ADAPTIVE = {"adagrad", "rmsprop", "adam", "adamw"};
    private static final String BOWL_ONLY = "Only for the quadratic bowl";

    private static final String SURFACE = "Surface";
    private static final String RATES = "Learning rates";
    private static final String RACED = "Optimizers raced";
    private static final String SETTINGS = "Optimizer settings";
    private static final String STOPPING = "Stopping";

    /**
     * Where each surface starts and how fast, chosen so that every optimizer, all seven raced,
     * makes its way down within the default 500 steps without diverging (OptimizerRaceDefaultsTest):
     * the bowl and Himmelblau's function are crossed by most, Beale's is a long curved valley to
     * (3, 0.5), Rosenbrock's banana valley is entered from the classic start (−1.2, 1) with a rate
     * half the plain rules' limit 2/λ_max ≈ 0.002 at its minimum, the saddle is approached along
     * its stable axis (plain gradient descent stalls, momentum and the adaptive rules escape), and
     * Rastrigin's bumps catch everyone in the local minimum near (−1, 1).
     */
    private static final Map<String, Double> START_X = Map.of("rosenbrock", -1.2, "beale", 0.5, "himmelblau", 0.0);
    private static final Map<String, Double> START_Y = Map.of("rosenbrock", 1.0, "beale", 1.0, "himmelblau", 0.0,
            "saddle", 0.01);
    private static final Map<String, Double> RATE = Map.of("rosenbrock", 0.001, "beale", 0.01, "himmelblau", 0.005,
            "saddle", 0.001, "rastrigin", 0.002);
    private static final Map<String, Double> ADAPTIVE_RATE = Map.of("rosenbrock", 0.05, "saddle", 0.02,
            "rastrigin", 0.05);

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("surface", "bowl", Surfaces.names())
                    .optionLabels("Quadratic bowl", "Rosenbrock", "Beale", "Himmelblau", "Saddle", "Rastrigin")
                    .help("the loss surface: " + String.join(", ", Surfaces.names())).group(SURFACE),
            ParamSpec.real("conditioning", 10).between(1, 100).logScale()
                    .help("κ, the ratio of the steepest to the flattest curvature").group(SURFACE)
                    .appliesWhen(OptimizerRaceFactory::onTheBowl, BOWL_ONLY),
            ParamSpec.real("rotation", 30).between(-90, 90).label("Rotation (°)")
                    .help("angle of the bowl's axes, in degrees").group(SURFACE)
                    .appliesWhen(OptimizerRaceFactory::onTheBowl, BOWL_ONLY),
            ParamSpec.real("startX", -1.5).between(-10, 10).label("Start x")
                    .help("x where every optimizer starts (each surface has its own default)").group(SURFACE)
                    .defaultsFollow("surface", START_X),
            ParamSpec.real("startY", 1.5).between(-10, 10).label("Start y")
                    .help("y where every optimizer starts (each surface has its own default)").group(SURFACE)
                    .defaultsFollow("surface", START_Y),
            ParamSpec.real("learningRate", 0.1).between(1e-5, 10).logScale()
                    .help("step size α of gd, momentum and nesterov (each surface has its own default)").group(RATES)
                    .defaultsFollow("surface", RATE)
                    .appliesWhen(racing("gd", "momentum", "nesterov"), "Only when GD, Momentum or Nesterov race"),
            ParamSpec.real("adaptiveLearningRate", 0.1).between(1e-5, 10).logScale().label("Adaptive rate")
                    .help("step size α of adagrad, rmsprop, adam and adamw (each surface has its own default)")
                    .group(RATES).defaultsFollow("surface", ADAPTIVE_RATE)
                    .appliesWhen(racing(ADAPTIVE), "Only when AdaGrad, RMSprop, Adam or AdamW race"),
            ParamSpec.flag("useGd", true).label("Gradient descent").help("race plain gradient descent").group(RACED),
            ParamSpec.flag("useMomentum", true).label("Momentum").help("race heavy-ball momentum").group(RACED),
            ParamSpec.flag("useNesterov", false).label("Nesterov").help("race Nesterov's accelerated gradient")
                    .group(RACED),
            ParamSpec.flag("useAdagrad", false).label("AdaGrad").help("race AdaGrad").group(RACED),
            ParamSpec.flag("useRmsprop", false).label("RMSprop").help("race RMSprop").group(RACED),
            ParamSpec.flag("useAdam", true).label("Adam").help("race Adam").group(RACED),
            ParamSpec.flag("useAdamw", false).label("AdamW").help("race AdamW").group(RACED),
            ParamSpec.real("momentum", 0.9).between(0, 0.999).label("Momentum μ")
                    .help("μ of momentum and nesterov: how much of the last velocity is kept").group(SETTINGS, false)
                    .appliesWhen(racing("momentum", "nesterov"), "Only when Momentum or Nesterov race"),
            ParamSpec.real("rho", 0.9).between(0, 0.9999).label("RMSprop ρ")
                    .help("ρ, the decay of RMSprop's average of squared gradients").group(SETTINGS)
                    .appliesWhen(racing("rmsprop"), "Only when RMSprop races"),
            ParamSpec.real("beta1", 0.9).between(0, 0.9999).label("β₁")
                    .help("β₁ of Adam and AdamW, the decay of the gradient average").group(SETTINGS)
                    .appliesWhen(racing("adam", "adamw"), "Only when Adam or AdamW race"),
            ParamSpec.real("beta2", 0.999).between(0, 0.99999).label("β₂")
                    .help("β₂ of Adam and AdamW, the decay of the squared-gradient average").group(SETTINGS)
                    .appliesWhen(racing("adam", "adamw"), "Only when Adam or AdamW race"),
            ParamSpec.real("epsilon", 1e-8).between(1e-12, 1e-2).logScale().label("ε")
                    .help("ε added to the denominator of the adaptive rules").group(SETTINGS)
                    .appliesWhen(racing(ADAPTIVE), "Only when AdaGrad, RMSprop, Adam or AdamW race"),
            ParamSpec.real("weightDecay", 0.01).between(0, 1).label("Weight decay λ")
                    .help("λ of AdamW's decoupled weight decay").group(SETTINGS)
                    .appliesWhen(racing("adamw"), "Only when AdamW races"),
            ParamSpec.integer("maxSteps", 500).between(1, 100_000).logScale()
                    .help("the race stops after this many steps")
                    .group(STOPPING),
            ParamSpec.real("tolerance", 1e-6).between(1e-12, 1).logScale()
                    .help("an optimizer has converged when its gradient norm is below this").group(STOPPING));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.NONE; }

    /**
     * @throws IllegalArgumentException when no optimizer is switched on
     */
    @Override
    public Engine<OptimizerRaceSnapshot> create(Dataset data, Params params, long seed) {
        List<UpdateRule> rules = new ArrayList<>();
        for (String name : OPTIMIZERS) {
            if (params.flag(flagName(name))) {
                rules.add(rule(name, params));
            }
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one optimizer to race: switch on one of "
                    + String.join(", ", OPTIMIZERS.stream().map(OptimizerRaceFactory::flagName).toList()) + ".");
        }
        TestSurface surface = Surfaces.create(params.choice("surface"), params.real("conditioning"),
                params.real("rotation"));
        return new OptimizerRaceEngine(surface, rules, params.real("startX"), params.real("startY"),
                params.integer("maxSteps"), params.real("tolerance"));
    }

    private static boolean onTheBowl(Params values) {
        return values.choice("surface").equals("bowl");
    }

    /** Whether any of these optimizers is switched on. */
    private static java.util.function.Predicate<Params> racing(String... optimizers) {
        return values -> java.util.Arrays.stream(optimizers).anyMatch(name -> values.flag(flagName(name)));
    }

    /** The flag that switches an optimizer on: "useMomentum" for "momentum". */
    public static String flagName(String optimizer) {
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException("There is no optimizer '" + optimizer + "'; the optimizers are: "
                    + String.join(", ", OPTIMIZERS) + ".");
        }
        return "use" + Character.toUpperCase(optimizer.charAt(0)) + optimizer.substring(1);
    }

    /** The name a learner reads for an optimizer id: "GD" for "gd", "AdaGrad" for "adagrad". */
    public static String label(String optimizer) {
        return rule(optimizer, new OptimizerRaceFactory().defaults()).label();
    }

    /** A fresh update rule for an optimizer id, with its hyper-parameters from {@code params}. */
    static UpdateRule rule(String name, Params params) {
        double alpha = params.real("learningRate");
        double adaptiveAlpha = params.real("adaptiveLearningRate");
        double epsilon = params.real("epsilon");
        return switch (name) {
            case "gd" -> new GradientDescent(alpha);
            case "momentum" -> new Momentum(alpha, params.real("momentum"), DIMENSION);
            case "nesterov" -> new Nesterov(alpha, params.real("momentum"), DIMENSION);
            case "adagrad" -> new AdaGrad(adaptiveAlpha, epsilon, DIMENSION);
            case "rmsprop" -> new RmsProp(adaptiveAlpha, params.real("rho"), epsilon, DIMENSION);
            case "adam" -> new Adam(adaptiveAlpha, params.real("beta1"), params.real("beta2"), epsilon, DIMENSION);
            case "adamw" -> new AdamW(adaptiveAlpha, params.real("beta1"), params.real("beta2"), epsilon,
                    params.real("weightDecay"), DIMENSION);
            default -> throw new IllegalArgumentException("There is no optimizer '" + name + "'; the optimizers are: "
                    + String.join(", ", OPTIMIZERS) + ".");
        };
    }
}
