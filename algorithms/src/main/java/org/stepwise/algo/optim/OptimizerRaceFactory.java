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
 * surface. The step size of the plain-gradient family (gd, momentum, nesterov) and of the
 * adaptive family (adagrad, rmsprop, adam, adamw) are separate parameters, because the adaptive
 * rules move about α per coordinate whatever the gradient's size while the others move α·|g|.
 */
public final class OptimizerRaceFactory implements EngineFactory<OptimizerRaceSnapshot> {

    /** The optimizers in the order they are drawn and listed. */
    public static final List<String> OPTIMIZERS = List.of("gd", "momentum", "nesterov", "adagrad", "rmsprop",
            "adam", "adamw");

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("surface", "bowl", Surfaces.names())
                    .help("the loss surface: bowl, rosenbrock, beale, himmelblau, saddle or rastrigin"),
            ParamSpec.real("conditioning", 10).between(1, 100).logScale()
                    .help("bowl only: ratio of the steepest to the flattest curvature"),
            ParamSpec.real("rotation", 30).between(-90, 90).label("Rotation (degrees)")
                    .help("bowl only: angle of the bowl's long axis"),
            ParamSpec.real("startX", -1.5).between(-10, 10).label("Start x").help("where every optimizer starts"),
            ParamSpec.real("startY", 1.5).between(-10, 10).label("Start y").help("where every optimizer starts"),
            ParamSpec.real("learningRate", 0.1).between(1e-5, 10).logScale()
                    .help("step size α of gd, momentum and nesterov"),
            ParamSpec.real("adaptiveLearningRate", 0.1).between(1e-5, 10).logScale()
                    .help("step size α of adagrad, rmsprop, adam and adamw"),
            ParamSpec.real("momentum", 0.9).between(0, 0.999).help("μ of momentum and nesterov"),
            ParamSpec.real("rho", 0.9).between(0, 0.9999).help("ρ, the decay of RMSprop's squared-gradient average"),
            ParamSpec.real("beta1", 0.9).between(0, 0.9999).help("β₁ of Adam and AdamW, the first-moment decay"),
            ParamSpec.real("beta2", 0.999).between(0, 0.99999).help("β₂ of Adam and AdamW, the second-moment decay"),
            ParamSpec.real("epsilon", 1e-8).between(1e-12, 1e-2).logScale()
                    .help("ε added to the denominator of the adaptive rules"),
            ParamSpec.real("weightDecay", 0.01).between(0, 1).help("λ of AdamW's decoupled weight decay"),
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
    public List<ParamSpec<?>> params() {
        return PARAMS;
    }

    @Override
    public DataKind dataKind() { return DataKind.NONE; }

    @Override
    public Engine<OptimizerRaceSnapshot> create(Dataset data, Params params, long seed) {
        TestSurface surface = Surfaces.create(params.choice("surface"), params.real("conditioning"),
                params.real("rotation"));
        List<UpdateRule> rules = new ArrayList<>();
        for (String name : OPTIMIZERS) {
            if (params.flag(flagName(name))) {
                rules.add(rule(name, params));
            }
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one optimizer to race (gd, momentum, nesterov, "
                    + "adagrad, rmsprop, adam or adamw).");
        }
        return new OptimizerRaceEngine(surface, rules, params.real("startX"), params.real("startY"),
                params.integer("maxSteps"), params.real("tolerance"));
    }

    /** The flag that enables an optimizer: "useMomentum" for "momentum" (whose μ is "momentum"). */
    public static String flagName(String optimizer) {
        return "use" + Character.toUpperCase(optimizer.charAt(0)) + optimizer.substring(1);
    }

    private static UpdateRule rule(String name, Params params) {
        double alpha = params.real("learningRate");
        double adaptive = params.real("adaptiveLearningRate");
        double epsilon = params.real("epsilon");
        return switch (name) {
            case "gd" -> new GradientDescent(alpha);
            case "momentum" -> new Momentum(alpha, params.real("momentum"), 2);
            case "nesterov" -> new Nesterov(alpha, params.real("momentum"), 2);
            case "adagrad" -> new AdaGrad(adaptive, epsilon, 2);
            case "rmsprop" -> new RmsProp(adaptive, params.real("rho"), epsilon, 2);
            case "adam" -> new Adam(adaptive, params.real("beta1"), params.real("beta2"), epsilon, 2);
            case "adamw" -> Adam.withDecoupledWeightDecay(adaptive, params.real("beta1"), params.real("beta2"),
                    epsilon, params.real("weightDecay"), 2);
            default -> throw new IllegalStateException("no update rule " + name);
        };
    }
}
