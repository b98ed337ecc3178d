package org.stepwise.viz.lessons.rl;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.rl.GridWorldFactory;
import org.stepwise.algo.rl.GridWorldSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Grid world: value and policy iteration, Q-learning, SARSA and Monte Carlo control on a layout
 * the learner can edit (curriculum T3.01–T3.03).
 */
@LessonEntry(id = "gridworld", title = "Grid world", family = "rl", level = Level.PROBABILISTIC,
        tags = {"grid world", "gridworld", "mdp", "markov decision process", "bellman equation", "value iteration",
                "policy iteration", "dynamic programming", "q-learning", "sarsa", "monte carlo control",
                "td learning", "temporal difference", "cliff walking", "epsilon-greedy", "ε-greedy",
                "discount", "reinforcement learning"},
        neighbours = {"bandits"})
public final class GridWorldLesson implements Lesson<GridWorldSnapshot> {

    private final GridWorldFactory factory = new GridWorldFactory();

    @Override
    public EngineFactory<GridWorldSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return null; }

    @Override
    public LessonView<GridWorldSnapshot> createView() { return new GridWorldLessonView(); }

    /**
     * The Bellman residual and the return; the one that does not lead the algorithm is set aside, and
     * dynamic programming's residual, which falls over ten decades to its tol, on a logarithmic axis.
     */
    @Override
    public LessonChart<GridWorldSnapshot> chart() {
        return LessonChart.<GridWorldSnapshot>of("bellman_residual", "return")
                .labelled("bellman_residual", "Bellman residual").labelled("return", "return (DP: V(S))")
                .settingAsideWhen((newest, metric) -> newest.algorithm().planning() == metric.equals("return"))
                .logarithmicWhen(first -> first.algorithm().planning());
    }
}
