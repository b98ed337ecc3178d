package org.stepwise.algo.rl;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.data.Dataset;

/**
 * Builds grid-world runs: dynamic programming (value or policy iteration) or a learner (Q-learning,
 * SARSA, every-visit Monte Carlo control) on a layout ({@link GridLayout}: a built-in one by name,
 * or the learner's own cells, from the editor or a file), which is this lesson's input as a data
 * set is another's, so it is a parameter: sessions and the command line carry it as text. Takes no
 * data set ({@link DataKind#NONE}).
 *
 * <p>The world's settings follow the layout ({@link ParamSpec#defaultsFollow}): on {@code classic},
 * Russell and Norvig's γ = 1, slip 0.2 and step reward −0.04 (their Fig. 17.3 utilities); on
 * {@code cliff}, Sutton and Barto's Example 6.6 (γ = 1, no slip, −1 a step, α = 0.5, ε = 0.1); on
 * {@code maze}, γ = 1, no slip, −1 a step (V(s) is one less than minus the number of steps to the
 * goal, and a learner's return counts its steps). A layout of the learner's own starts with the
 * classic world's settings.
 */
public final class GridWorldFactory implements EngineFactory<GridWorldSnapshot> {

    private static final String WORLD = "World";
    private static final String ALGORITHM = "Algorithm";

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("algorithm", GridAlgorithm.VALUE_ITERATION.id(), GridAlgorithm.ids())
                    .optionLabels(java.util.Arrays.stream(GridAlgorithm.values()).map(GridAlgorithm::label)
                            .toArray(String[]::new))
                    .help("value and policy iteration plan with the model, one sweep a step; Q-learning, SARSA and"
                            + " Monte Carlo learn from episodes, one action a step").group(ALGORITHM),
            ParamSpec.choice("layout", "classic", GridLayout.builtInNames())
                    .optionLabels("Classic 4 × 3", "Cliff walking", "Maze")
                    .orText("a layout (rows of # . S G X C, separated by /)", "Your layout", GridLayout::problem)
                    .help("the world: classic (Russell and Norvig's 4 × 3), cliff (Sutton and Barto's cliff walking),"
                            + " maze, or your own (click cells in the view to change them)").group(WORLD),
            ParamSpec.real("gamma", 1).between(0, 1).label("Discount γ")
                    .help("γ, how much a reward one step later is worth").group(WORLD),
            ParamSpec.real("slip", 0.2).between(0, 1).label("Slip")
                    .help("the chance a move slips to one side or the other at right angles (half each)").group(WORLD)
                    .defaultsFollow("layout", Map.of("cliff", 0.0, "maze", 0.0)),
            ParamSpec.real("stepReward", -0.04).between(-10, 10).label("Step reward")
                    .help("what every step pays (a goal adds +1 and a pit −1 on arrival; a cliff pays −100 instead)")
                    .group(WORLD).defaultsFollow("layout", Map.of("cliff", -1.0, "maze", -1.0)),
            ParamSpec.real("tol", 1e-10).greaterThan(0).atMost(1).logScale().label("Tolerance")
                    .help("a sweep that changes no value by this much ends the run (policy iteration: ends an evaluation)")
                    .group(ALGORITHM).appliesWhen(planning(true), "Only for value and policy iteration"),
            ParamSpec.real("alpha", 0.5).greaterThan(0).atMost(1).label("Step size α")
                    .help("α, how far an update moves Q(s, a) toward its target").group(ALGORITHM)
                    .appliesWhen(values -> learning(values) && !values.choice("algorithm")
                            .equals(GridAlgorithm.MONTE_CARLO.id()), "Only for Q-learning and SARSA"),
            ParamSpec.real("epsilon", 0.1).between(0, 1).label("ε")
                    .help("ε, the chance of a random action instead of a greedy one").group(ALGORITHM)
                    .appliesWhen(planning(false), "Only for Q-learning, SARSA and Monte Carlo"),
            ParamSpec.integer("episodes", 500).between(1, 100_000).logScale().label("Episodes")
                    .help("how many episodes a learner plays").group(ALGORITHM)
                    .appliesWhen(planning(false), "Only for Q-learning, SARSA and Monte Carlo"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.NONE; }

    /**
     * @throws IllegalArgumentException when the values would grow without end (γ = 1 with no
     *                                  terminal, with a positive step reward, or with a cell that
     *                                  cannot reach a terminal) or a learner's episodes could never end
     */
    @Override
    public Engine<GridWorldSnapshot> create(Dataset data, Params params, long seed) {
        GridAlgorithm algorithm = GridAlgorithm.of(params.choice("algorithm"));
        GridModel model = model(params);
        if (algorithm.planning()) {
            return new PlanningEngine(model, algorithm, params.real("tol"));
        }
        if (!model.startReachesTerminal()) {
            throw new IllegalArgumentException("No goal G or pit X can be reached from the start S, so "
                    + algorithm.label() + "'s episodes would never end: open a way to one, or plan with value iteration"
                    + " and γ below 1.");
        }
        return new LearningEngine(model, algorithm, params.real("alpha"), params.real("epsilon"),
                params.integer("episodes"), Randomness.generator(seed));
    }

    /**
     * The world the parameters describe, refused when its values would grow without end.
     *
     * @throws IllegalArgumentException with one sentence saying why and what to change
     */
    public static GridModel model(Params params) {
        GridLayout layout = GridLayout.of(params.choice("layout"));
        double gamma = params.real("gamma");
        GridModel model = new GridModel(layout, gamma, params.real("slip"), params.real("stepReward"));
        if (gamma < 1) {
            return model;
        }
        if (!layout.hasTerminal()) {
            throw new IllegalArgumentException("With γ = 1 and no terminal cell the returns never end: add a goal G"
                    + " or a pit X, or set γ below 1.");
        }
        if (params.real("stepReward") > 0) {
            throw new IllegalArgumentException("With γ = 1 a positive step reward makes wandering forever worth"
                    + " more than any goal: set the step reward to 0 or below, or γ below 1.");
        }
        int cutOff = model.cutOff();
        if (cutOff >= 0) {
            throw new IllegalArgumentException("With γ = 1 every open cell must be able to reach a goal or pit, and"
                    + " the cell at " + layout.where(cutOff) + " cannot: open a way, wall it in, or set γ below 1.");
        }
        return model;
    }

    private static Predicate<Params> planning(boolean planning) {
        return values -> GridAlgorithm.of(values.choice("algorithm")).planning() == planning;
    }

    private static boolean learning(Params values) {
        return !GridAlgorithm.of(values.choice("algorithm")).planning();
    }
}
