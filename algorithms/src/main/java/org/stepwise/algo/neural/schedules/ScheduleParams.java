package org.stepwise.algo.neural.schedules;

import java.util.List;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.neural.LearningRateSchedule;
import org.stepwise.algo.neural.playground.InputScaling;

/**
 * The lesson's parameters: the highlighted {@code schedule} and its settings (named as PyTorch's
 * {@code lr_scheduler} arguments in camelCase where one exists: {@code stepSize}, {@code gamma},
 * {@code etaMin}), a flag per schedule to train beside it ({@code useConstant}, {@code useStep}, ...,
 * as the optimizer race's {@code useGd}), the range test's settings, and the network and batches
 * every schedule shares.
 */
final class ScheduleParams {

    /** The schedules, in the order they are listed, drawn and coloured. */
    static final List<String> SCHEDULES = List.of("constant", "step", "exponential", "cosine", "one-cycle", "warmup");
    static final List<String> LABELS = List.of("Constant", "Step", "Exponential", "Cosine", "One-cycle", "Warm-up");
    static final List<String> HIDDEN = List.of("8", "16", "16,16", "32,32");

    private static final String SCHEDULE = "Schedule";
    private static final String COMPARED = "Schedules compared";
    private static final String RANGE = "Range test";
    private static final String TRAINING = "Network and batches";

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("schedule", "one-cycle", SCHEDULES)
                    .optionLabels("Constant", "Step (StepLR)", "Exponential (ExponentialLR)",
                            "Cosine (CosineAnnealingLR)", "One-cycle (OneCycleLR)", "Linear warm-up (LinearLR)")
                    .help("the schedule drawn and reported; it always trains").group(SCHEDULE),
            ParamSpec.real("learningRate", 1.0).between(1e-5, 10).logScale().label("Learning rate α₀")
                    .help("the starting rate; one-cycle's peak (max_lr)").group(SCHEDULE),
            ParamSpec.integer("totalSteps", 3000).between(10, 20_000).logScale().label("Updates")
                    .help("the updates of the run: cosine's period and one-cycle's total_steps").group(SCHEDULE),
            ParamSpec.integer("stepSize", 1000).between(1, 20_000).label("Step size")
                    .help("StepLR: updates between decays").group(SCHEDULE)
                    .appliesWhen(uses("step"), "Only for the step schedule"),
            ParamSpec.real("gamma", 0.5).between(0.01, 1).label("Step γ")
                    .help("StepLR: the factor at each decay").group(SCHEDULE)
                    .appliesWhen(uses("step"), "Only for the step schedule"),
            ParamSpec.real("decay", 0.998).between(0.9, 1).label("Exponential γ")
                    .help("ExponentialLR: the factor at every update").group(SCHEDULE)
                    .appliesWhen(uses("exponential"), "Only for the exponential schedule"),
            ParamSpec.real("etaMin", 0.0).between(0, 1).label("Cosine η_min")
                    .help("CosineAnnealingLR: the rate at the end of the period").group(SCHEDULE)
                    .appliesWhen(uses("cosine"), "Only for the cosine schedule"),
            ParamSpec.integer("warmupSteps", 150).between(1, 20_000).label("Warm-up updates")
                    .help("LinearLR warm-up: updates from α₀/w up to α₀").group(SCHEDULE)
                    .appliesWhen(uses("warmup"), "Only for the warm-up schedule"),
            ParamSpec.flag("useConstant", true).label("Constant").help("train under the constant rate too")
                    .group(COMPARED),
            ParamSpec.flag("useStep", false).label("Step").help("train under the step schedule too").group(COMPARED),
            ParamSpec.flag("useExponential", false).label("Exponential")
                    .help("train under the exponential schedule too").group(COMPARED),
            ParamSpec.flag("useCosine", true).label("Cosine").help("train under the cosine schedule too")
                    .group(COMPARED),
            ParamSpec.flag("useOneCycle", false).label("One-cycle").help("train under the one-cycle schedule too")
                    .group(COMPARED),
            ParamSpec.flag("useWarmup", true).label("Warm-up").help("train under the warm-up schedule too")
                    .group(COMPARED),
            ParamSpec.flag("rangeTest", false).label("Step through the range test")
                    .help("the steps run the range test (one batch a step at a rising rate) instead of the schedules")
                    .group(RANGE),
            ParamSpec.real("rangeMin", 1e-5).between(1e-8, 1).logScale().label("Range test from")
                    .help("the range test's first rate").group(RANGE),
            ParamSpec.real("rangeMax", 10.0).between(1e-3, 100).logScale().label("Range test to")
                    .help("the range test's last rate").group(RANGE),
            ParamSpec.integer("rangeSteps", 100).between(10, 2000).label("Range test batches")
                    .help("batches from the first rate to the last").group(RANGE),
            ParamSpec.choice("hidden", "16,16", HIDDEN).label("Hidden layers")
                    .help("the tanh network every schedule trains").group(TRAINING, false),
            InputScaling.param().group(TRAINING, false),
            ParamSpec.integer("batchSize", 16).between(1, 10_000).label("Batch size")
                    .help("rows per update, in the data's order; the last batch of an epoch may be shorter")
                    .group(TRAINING, false));

    private ScheduleParams() {
    }

    /** The flag that trains a schedule beside the highlighted one: "useOneCycle" for "one-cycle". */
    static String flagName(String schedule) {
        String camel = schedule.equals("one-cycle") ? "OneCycle"
                : Character.toUpperCase(schedule.charAt(0)) + schedule.substring(1);
        return "use" + camel;
    }

    /** The schedules that train: the highlighted one and every one whose flag is on, in list order. */
    static List<String> trained(Params params) {
        String highlighted = params.choice("schedule");
        return SCHEDULES.stream().filter(name -> name.equals(highlighted) || params.flag(flagName(name))).toList();
    }

    /** The name a learner reads. */
    static String label(String schedule) {
        return LABELS.get(SCHEDULES.indexOf(schedule));
    }

    /**
     * The schedule {@code name} with the lesson's settings, over {@code params}' totalSteps updates
     * (the module's {@link LearningRateSchedule}, PyTorch's formulas).
     */
    static LearningRateSchedule schedule(String name, Params params) {
        double rate = params.real("learningRate");
        int total = params.integer("totalSteps");
        return switch (name) {
            case "constant" -> LearningRateSchedule.constant(rate);
            case "step" -> LearningRateSchedule.step(rate, params.integer("stepSize"), params.real("gamma"));
            case "exponential" -> LearningRateSchedule.exponential(rate, params.real("decay"));
            case "cosine" -> LearningRateSchedule.cosine(rate, params.real("etaMin"), total);
            case "one-cycle" -> LearningRateSchedule.oneCycle(rate, total);
            case "warmup" -> LearningRateSchedule.warmup(params.integer("warmupSteps"),
                    LearningRateSchedule.constant(rate));
            default -> throw new IllegalArgumentException("There is no schedule '" + name + "'; the schedules are: "
                    + String.join(", ", SCHEDULES) + ".");
        };
    }

    static int[] hidden(Params params) {
        return java.util.Arrays.stream(params.choice("hidden").split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static java.util.function.Predicate<Params> uses(String schedule) {
        return values -> values.choice("schedule").equals(schedule) || values.flag(flagName(schedule));
    }
}
