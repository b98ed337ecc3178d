package org.stepwise.viz.lessons.rl;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.rl.cartpole.CartPoleFactory;
import org.stepwise.algo.rl.cartpole.CartPoleSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** CartPole: REINFORCE with baseline, one-step actor-critic and DQN balancing a pole (curriculum T3.04–T3.06). */
@LessonEntry(id = "cartpole", title = "CartPole: policy gradients and DQN", family = "rl", level = Level.PROBABILISTIC,
        tags = {"cartpole", "cart-pole", "inverted pendulum", "reinforce", "policy gradient", "baseline",
                "actor-critic", "dqn", "deep q-network", "q-learning", "experience replay", "target network",
                "epsilon-greedy", "ε-greedy", "reinforcement learning", "deep reinforcement learning"},
        neighbours = {"gridworld", "bandits"})
public final class CartPoleLesson implements Lesson<CartPoleSnapshot> {

    private final CartPoleFactory factory = new CartPoleFactory();

    @Override
    public EngineFactory<CartPoleSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return null; }

    @Override
    public LessonView<CartPoleSnapshot> createView() { return new CartPoleLessonView(); }

    /** The running mean the run is judged by, and the return of the last finished episode. */
    @Override
    public LessonChart<CartPoleSnapshot> chart() {
        return LessonChart.<CartPoleSnapshot>of("mean_return_last_100", "last_return")
                .labelled("mean_return_last_100", "mean, last 100")
                .labelled("last_return", "last return");
    }
}
