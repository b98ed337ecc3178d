package org.stepwise.viz.lessons.cluster;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.cluster.HierarchicalFactory;
import org.stepwise.algo.cluster.HierarchicalSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Agglomerative (hierarchical) clustering, one merge per step (curriculum T1.15): the closest two
 * clusters under the linkage join, in the plane and in the dendrogram growing beside it; a cut
 * across the dendrogram, which the learner drags, colours the clusters it leaves.
 */
@LessonEntry(id = "hierarchical", title = "Hierarchical clustering", family = "cluster",
        level = Level.CLASSICAL_ML,
        tags = {"hierarchical", "agglomerative", "clustering", "unsupervised", "dendrogram", "linkage", "ward",
                "single linkage", "complete linkage", "average linkage", "merge", "cut", "distance threshold"},
        neighbours = {"kmeans", "dbscan"})
public final class HierarchicalLesson implements Lesson<HierarchicalSnapshot> {

    /**
     * Forty-five points in three blobs: few enough for every leaf of the dendrogram to show, and
     * the three clusters Ward's cut at nClusters = 3 finds.
     */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(45, 0.6, 3, 0);

    private final HierarchicalFactory factory = new HierarchicalFactory();

    @Override
    public EngineFactory<HierarchicalSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("blobs", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<HierarchicalSnapshot> createView() { return new HierarchicalView(); }

    @Override
    public LessonChart<HierarchicalSnapshot> chart() {
        return LessonChart.<HierarchicalSnapshot>of("merge_distance").labelled("merge_distance", "merge height");
    }
}
