package org.stepwise.viz.lessons.rl;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.rl.ppo.PpoFactory;
import org.stepwise.algo.rl.ppo.PpoSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Proximal policy optimization on the cart-pole: the clipped surrogate, GAE advantages, the clip
 * fraction and the approximate KL of each epoch (curriculum T3.07; Schulman et al. 2017).
 */
@LessonEntry(id = "ppo", title = "PPO: the clipped objective", family = "rl", level = Level.PROBABILISTIC,
        tags = {"ppo", "proximal policy optimization", "clipped surrogate", "trust region", "policy gradient",
                "gae", "generalized advantage estimation", "advantage", "actor-critic", "cart-pole", "cartpole",
                "kl divergence", "clip fraction", "reinforcement learning"},
        neighbours = {"bandits", "gridworld"})
public final class PpoLesson implements Lesson<PpoSnapshot> {

    private final PpoFactory factory = new PpoFactory();

    @Override
    public EngineFactory<PpoSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return null; }

    @Override
    public LessonView<PpoSnapshot> createView() { return new PpoView(); }

    /** The approximate KL divergence between π_old and π after each epoch (the clip fraction is in the view). */
    @Override
    public LessonChart<PpoSnapshot> chart() {
        return LessonChart.<PpoSnapshot>of("approx_kl").labelled("approx_kl", "approximate KL(π_old ‖ π)");
    }
}
