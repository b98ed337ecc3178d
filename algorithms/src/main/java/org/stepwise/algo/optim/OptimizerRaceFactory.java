package org.stepwise.algo.optim;

import java.util.ArrayList;
import java.util.List;
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
 * because {@code momentum} is already the name of μ. One start point (−1.5, 1.5) serves every
 * surface: it lies inside each surface's picture and away from every minimum.
 */
public final class OptimizerRaceFactory implements EngineFactory<OptimizerRaceSnapshot> {

    /** The optimizers' ids, in the order they are drawn, listed and coloured. */
    public static final List<String> OPTIMIZERS = List.of("gd", "momentum", "nesterov", "adagrad", "rmsprop",
            "adam", "adamw");

    private static final int DIMENSION = 2;

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("surface", "bowl", Surfaces.names())
                    .optionLabels("Quadratic bowl", "Rosenbrock", "Beale", "Himmelblau", "Saddle", "Rastrigin")
                    .help("the loss surface: " + String.join(", ", Surfaces.names())),
            ParamSpec.real("conditioning", 10).between(1, 100).logScale()
                    .help("bowl only: κ, the ratio of the steepest to the flattest curvature"),
            ParamSpec.real("rotation", 30).between(-90, 90).label("Rotation (°)")
                    .help("bowl only: angle of the bowl's axes, in degrees"),
            ParamSpec.real("startX", -1.5).between(-10, 10).label("Start x")
                    .help("x where every optimizer starts"),
            ParamSpec.real("startY", 1.5).between(-10, 10).label("Start y")
                    .help("y where every optimizer starts"),
            ParamSpec.real("learningRate", 0.1).between(1e-5, 10).logScale()
                    .help("step size α of gd, momentum and nesterov"),
            ParamSpec.real("adaptiveLearningRate", 0.1).between(1e-5, 10).logScale().label("Adaptive rate")
                    .help("step size α of adagrad, rmsprop, adam and adamw"),
            ParamSpec.real("momentum", 0.9).between(0, 0.999).label("Momentum μ")
                    .help("μ of momentum and nesterov: how much of the last velocity is kept"),
            ParamSpec.real("rho", 0.9).between(0, 0.9999).label("RMSprop ρ")
                    .help("ρ, the decay of RMSprop's average of squared gradients"),
            ParamSpec.real("beta1", 0.9).between(0, 0.9999).label("β₁")
                    .help("β₁ of Adam and AdamW, the decay of the gradient average"),
            ParamSpec.real("beta2", 0.999).between(0, 0.99999).label("β₂")
                    .help("β₂ of Adam and AdamW, the decay of the squared-gradient average"),
            ParamSpec.real("epsilon", 1e-8).between(1e-12, 1e-2).logScale().label("ε")
                    .help("ε added to the denominator of the adaptive rules"),
            ParamSpec.real("weightDecay", 0.01).between(0, 1).label("Weight decay λ")
                    .help("λ of AdamW's decoupled weight decay"),
            ParamSpec.flag("useGd", true).label("Gradient descent").help("race plain gradient descent"),
            ParamSpec.flag("useMomentum", true).label("Momentum").help("race heavy-ball momentum"),
            ParamSpec.flag("useNesterov", false).label("Nesterov").help("race Nesterov's accelerated gradient"),
            ParamSpec.flag("useAdagrad", false).label("AdaGrad").help("race AdaGrad"),
            ParamSpec.flag("useRmsprop", false).label("RMSprop").help("race RMSprop"),
            ParamSpec.flag("useAdam", true).label("Adam").help("race Adam"),
            ParamSpec.flag("useAdamw", false).label("AdamW").help("race AdamW"),
            ParamSpec.integer("maxSteps", 500).between(1, 100_000).help("the race stops after this many steps"),
            ParamSpec.real("tolerance", 1e-6).between(1e-12, 1).logScale()
                    .help("an optimizer has converged when its gradient norm is below this"));

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
