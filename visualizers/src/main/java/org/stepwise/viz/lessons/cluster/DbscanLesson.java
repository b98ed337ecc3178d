package org.stepwise.viz.lessons.cluster;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.cluster.DbscanFactory;
import org.stepwise.algo.cluster.DbscanSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * DBSCAN, one point visited per step (curriculum T1.14): clusters grown from core points
 * through their ε-neighbourhoods, border points joining the first cluster that reaches them,
 * the rest left as noise; beside it the k-distance plot, where dragging ε sets it.
 */
@LessonEntry(id = "dbscan", title = "DBSCAN", family = "cluster", level = Level.CLASSICAL_ML,
        tags = {"dbscan", "density", "density-based clustering", "clustering", "unsupervised", "noise", "outliers",
                "core point", "border point", "epsilon", "eps", "min samples", "k-distance", "arbitrary shapes"},
        neighbours = {"knn"})
public final class DbscanLesson implements Lesson<DbscanSnapshot> {

    /**
     * Two hundred points on two moons with little noise: shapes no centroid method separates,
     * which DBSCAN's default eps of 0.2 finds, with a few strays left as noise.
     */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(200, 0.1, 2, 0);

    private final DbscanFactory factory = new DbscanFactory();

    @Override
    public EngineFactory<DbscanSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("moons", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<DbscanSnapshot> createView() { return new DbscanView(); }

    @Override
    public LessonChart<DbscanSnapshot> chart() {
        return LessonChart.<DbscanSnapshot>of("n_clusters", "n_noise")
                .labelled("n_clusters", "clusters").labelled("n_noise", "noise points");
    }
}
