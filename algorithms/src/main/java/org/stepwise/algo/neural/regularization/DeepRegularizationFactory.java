package org.stepwise.algo.neural.regularization;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Digits;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.neural.Initialization;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.optim.Adam;
import org.stepwise.algo.optim.AdamW;
import org.stepwise.algo.optim.UpdateRule;
import org.stepwise.data.Dataset;
import org.stepwise.data.TrainTestSplit;

/**
 * Deep regularization (curriculum T2.05, T2.11–T2.13): two networks of the same size, from the same
 * starting weights (Glorot uniform, as scikit-learn's {@code MLPClassifier}), trained side by side
 * on the same batches by Adam — one plain (the baseline), one with the chosen regularizer: inverted
 * dropout after each hidden activation, batch norm before it, AdamW's decoupled weight decay
 * (Loshchilov &amp; Hutter 2019) in place of Adam, or scikit-learn 1.2.1's early stopping
 * ({@code early_stopping=True, validation_fraction, n_iter_no_change, tol}). Both are scored each
 * epoch on the same validation rows: a seeded split of the data, stratified by class, as
 * {@code train_test_split(stratify=y)} sets scikit-learn's validation rows aside (the training rows
 * keep the data's order).
 */
public final class DeepRegularizationFactory implements EngineFactory<DeepRegularizationSnapshot> {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    @Override
    public List<ParamSpec<?>> params() { return RegularizationParams.PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<DeepRegularizationSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        if (data.featureCount() != 2) {
            throw new IllegalArgumentException("This lesson trains on the plane of two columns; the data has "
                    + data.featureCount() + " (pick two with the axis pickers or --features).");
        }
        int[] labels = data.labels();
        if (Arrays.stream(labels).distinct().count() < 2) {
            throw new IllegalArgumentException("A classifier needs points of at least two classes; the data has only "
                    + "class '" + data.classNames().get(labels[0]) + "'.");
        }
        Dataset marked = TrainTestSplit.holdOut(data, params.real("validationFraction"), seed);
        return create(marked.training(), marked.heldOut(), params, seed, null, marked.heldOutMask());
    }

    /**
     * The engine on given training and validation rows, the baseline starting from {@code start}
     * (every parameter of the plain network, in its layout) when not null instead of the seeded
     * initialization: the fixtures' runs start from scikit-learn's weights and validation rows.
     */
    DeepRegularizationEngine create(Dataset train, Dataset validation, Params params, long seed, double[] start) {
        return create(train, validation, params, seed, start, new boolean[0]);
    }

    /** {@link #create(Dataset, Dataset, Params, long, double[])}, the validation rows of the data given marked. */
    private DeepRegularizationEngine create(Dataset train, Dataset validation, Params params, long seed,
                                            double[] start, boolean[] validationMask) {
        Technique technique = RegularizationParams.technique(params);
        NetLayout layout = new NetLayout(RegularizationParams.hidden(params), train.classCount(),
                technique == Technique.BATCHNORM, technique == Technique.DROPOUT ? params.real("dropout") : 0);
        RandomGenerator random = Randomness.generator(seed);
        Sequential baseline = layout.plain().training(random);
        baseline.initialize(Initialization.XAVIER_UNIFORM, random);
        if (start != null) {
            System.arraycopy(start, 0, baseline.parameters(), 0, baseline.parameters().length);
        }
        Sequential regularized = layout.training(random);
        regularized.initialize(Initialization.XAVIER_UNIFORM, Randomness.generator(seed));
        NetLayout.copyDenseParameters(baseline, regularized);

        double rate = params.real("learningRate");
        int batchSize = params.integer("batchSize");
        int maxIter = params.integer("maxIter");
        Rows trainRows = Rows.of(train, layout.outputs());
        Rows validationRows = Rows.of(validation, layout.outputs());
        TrainedNet.EarlyStopping counting = new TrainedNet.EarlyStopping(false, params.integer("nIterNoChange"),
                params.real("tol"));
        TrainedNet.EarlyStopping rule = technique == Technique.EARLY_STOPPING
                ? new TrainedNet.EarlyStopping(true, counting.nIterNoChange(), counting.tol()) : counting;
        UpdateRule update = technique == Technique.WEIGHT_DECAY
                ? new AdamW(rate, BETA1, BETA2, EPSILON, params.real("weightDecay"), regularized.parameters().length)
                : new Adam(rate, BETA1, BETA2, EPSILON, regularized.parameters().length);
        TrainedNet first = new TrainedNet(layout, regularized, update, rate, trainRows, validationRows, batchSize,
                maxIter, rule);
        TrainedNet second = new TrainedNet(layout.plain(), baseline,
                new Adam(rate, BETA1, BETA2, EPSILON, baseline.parameters().length), rate, trainRows, validationRows,
                batchSize, maxIter, counting);
        RegularizationRun run = new RegularizationRun(technique, strength(technique, params), train.classNames(),
                rate, Math.min(batchSize, train.size()), maxIter, train.size(), validation.size(), validationMask);
        return new DeepRegularizationEngine(run, first, second);
    }

    /** The regularizer's setting as the narration names it ("p = 0.5"). */
    private static String strength(Technique technique, Params params) {
        return switch (technique) {
            case DROPOUT -> "p = " + Digits.four(params.real("dropout"));
            case BATCHNORM -> "momentum 0.1";
            case WEIGHT_DECAY -> "λ = " + Digits.four(params.real("weightDecay"));
            case EARLY_STOPPING -> "patience " + params.integer("nIterNoChange") + " epochs, tol = "
                    + Digits.four(params.real("tol"));
        };
    }
}
