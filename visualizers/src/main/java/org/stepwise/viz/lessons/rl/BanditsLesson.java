package org.stepwise.viz.lessons.rl;

import java.util.List;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.rl.BanditFactory;
import org.stepwise.algo.rl.BanditSnapshot;
import org.stepwise.algo.rl.PolicyKind;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Multi-armed bandits: ε-greedy, UCB1, Thompson sampling and the gradient bandit on one bandit (curriculum T3.08). */
@LessonEntry(id = "bandits", title = "Multi-armed bandits", family = "rl", level = Level.PROBABILISTIC,
        tags = {"bandit", "multi-armed bandit", "k-armed bandit", "exploration", "exploitation", "epsilon-greedy",
                "ε-greedy", "ucb", "ucb1", "upper confidence bound", "thompson sampling", "gradient bandit",
                "regret", "a/b testing", "reinforcement learning"},
        neighbours = {"naive-bayes"})
public final class BanditsLesson implements Lesson<BanditSnapshot> {

    private static final String REGRET = "regret_";
    /** One regret per policy, in the order of the policies' colours. */
    private static final List<String> CHARTED = PolicyKind.ALL.stream().map(kind -> REGRET + kind.id()).toList();

    private final BanditFactory factory = new BanditFactory();

    @Override
    public EngineFactory<BanditSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return null; }

    @Override
    public LessonView<BanditSnapshot> createView() { return new BanditView(); }

    /** Each policy's cumulative regret, named as its panel is ("UCB1 regret"). */
    @Override
    public LessonChart<BanditSnapshot> chart() {
        return LessonChart.<BanditSnapshot>of(CHARTED.toArray(String[]::new))
                .labelledBy(metric -> PolicyKind.ALL.get(CHARTED.indexOf(metric)).label() + " regret");
    }
}
