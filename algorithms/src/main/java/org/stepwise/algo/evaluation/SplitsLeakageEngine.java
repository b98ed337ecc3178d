package org.stepwise.algo.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * The leakage demonstration one stage a step: (1) the test rows drawn and put aside; (2) the
 * preprocessing fitted on every row, then k-NN cross-validated on the development rows with it
 * (scikit-learn's {@code cross_val_score(knn, step.fit_transform(X)[dev], y[dev], cv=KFold)}: the
 * leak); (3) the same with the step fitted inside each fold ({@code Pipeline([step, knn])}); (4)
 * the pipeline fitted on all development rows and scored once on the test rows. Converged after
 * the fourth stage. See {@link LeakagePipelines}.
 */
final class SplitsLeakageEngine implements Engine<SplitsLeakageSnapshot> {

    private final Dataset data;
    private final Split test;
    private final List<Split> folds;
    private final LeakagePipelines.Step step;
    private final int k;
    private SplitsLeakageSnapshot snapshot;
    private StepResult status = StepResult.CONTINUE;

    SplitsLeakageEngine(Dataset data, Split test, List<Split> folds, LeakagePipelines.Step step, int k) {
        this.data = data;
        this.test = test;
        this.folds = folds;
        this.step = step;
        this.k = k;
        snapshot = SplitsLeakageSnapshot.start(test, folds.size(), step, k);
    }

    @Override
    public SplitsLeakageSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        Dataset development = data.selectRows(test.train());
        SplitsLeakageSnapshot s = snapshot;
        snapshot = switch (s.stage()) {
            case START -> s.next(SplitsLeakageSnapshot.Stage.SPLIT, null, null, Double.NaN, null);
            case SPLIT -> {
                Dataset leaked = LeakagePipelines.fitted(data, data, step, k).selectRows(test.train());
                yield s.next(SplitsLeakageSnapshot.Stage.LEAKY, chosenOn(data),
                        LeakagePipelines.crossValScore(leaked, folds, LeakagePipelines.Step.NONE, k, false),
                        Double.NaN, null);
            }
            case LEAKY -> s.next(SplitsLeakageSnapshot.Stage.HONEST, null, null, Double.NaN,
                    LeakagePipelines.crossValScore(development, folds, step, k, false));
            case HONEST -> {
                Dataset testRows = data.selectRows(test.test());
                double score = LeakagePipelines.knnAccuracy(LeakagePipelines.fitted(development, development, step, k),
                        LeakagePipelines.fitted(development, testRows, step, k));
                status = StepResult.CONVERGED;
                yield s.next(SplitsLeakageSnapshot.Stage.TEST, null, null, score, null);
            }
            case TEST -> s;
        };
        snapshot = snapshot.withStatus(status);
        return status;
    }

    /** The columns the leaky selection keeps (every column when the step is scaling). */
    private int[] chosenOn(Dataset rows) {
        if (step != LeakagePipelines.Step.SELECT) {
            List<Integer> all = new ArrayList<>();
            for (int j = 0; j < rows.featureCount(); j++) {
                all.add(j);
            }
            return all.stream().mapToInt(Integer::intValue).toArray();
        }
        return FeatureSelection.selectKBest(FeatureSelection.fClassif(rows), k);
    }
}
