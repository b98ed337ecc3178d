package org.stepwise.algo.neural.regularization;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;

/** The deep-regularization lesson's parameters, validated in one place. */
final class RegularizationParams {

    static final List<String> HIDDEN = List.of("16", "64", "16,16", "32,32", "64,64", "128,128", "64,64,64");

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("technique", "weight_decay", Technique.words())
                    .optionLabels("Dropout", "Batch normalization", "Weight decay (AdamW)", "Early stopping")
                    .label("Regularizer")
                    .help("what the second network gets; the first, the baseline, trains without it")
                    .group("Regularization"),
            ParamSpec.real("dropout", 0.5).between(0, 0.9).label("Dropout rate p")
                    .help("the share of hidden neurons switched off at random in each training batch")
                    .appliesWhen(v -> v.choice("technique").equals("dropout"), "Only with dropout")
                    .group("Regularization"),
            ParamSpec.real("weightDecay", 1.0).between(0, 10).label("Weight decay λ")
                    .help("AdamW's decoupled decay: each update first shrinks every parameter by η·λ of itself")
                    .appliesWhen(v -> v.choice("technique").equals("weight_decay"), "Only with weight decay")
                    .group("Regularization"),
            ParamSpec.integer("nIterNoChange", 10).between(1, 1000).label("Patience (epochs)")
                    .help("training stops after this many epochs in a row whose validation accuracy did not beat"
                            + " the best by more than tol")
                    .appliesWhen(v -> v.choice("technique").equals("early_stopping"), "Only with early stopping")
                    .group("Regularization"),
            ParamSpec.real("tol", 1e-4).between(0, 1).label("Tolerance tol")
                    .help("the least gain in validation accuracy that counts as an improvement")
                    .appliesWhen(v -> v.choice("technique").equals("early_stopping"), "Only with early stopping")
                    .group("Regularization"),
            ParamSpec.choice("hidden", "64,64", HIDDEN).label("Hidden layers")
                    .help("ReLU neurons in each hidden layer of both networks, comma-separated").group("Network"),
            ParamSpec.real("learningRate", 0.01).between(1e-5, 1).logScale().label("Learning rate η")
                    .help("Adam's step size, the same for both networks").group("Training"),
            ParamSpec.integer("batchSize", 200).between(1, 10_000).label("Batch size")
                    .help("rows per update (scikit-learn's auto is 200); the last batch of an epoch may be shorter")
                    .group("Training"),
            ParamSpec.integer("maxIter", 300).between(1, 100_000).label("Epochs")
                    .help("how many epochs both networks train (early stopping may end the regularized one sooner)")
                    .group("Training"),
            ParamSpec.real("validationFraction", 0.3).between(0.05, 0.9).label("Validation share")
                    .help("the share of the training rows set aside (stratified, seeded) to score both networks on")
                    .group("Training"));

    private RegularizationParams() {
    }

    static int[] hidden(Params params) {
        return Arrays.stream(params.choice("hidden").split(",")).mapToInt(w -> Integer.parseInt(w.trim())).toArray();
    }

    static Technique technique(Params params) {
        return Technique.of(params.choice("technique"));
    }
}
