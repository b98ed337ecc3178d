#!/usr/bin/env bash
# Renders the lesson screenshots of docs/ with the built app (no display needed):
#   mvn -B -q -DskipTests package && tools/docs/render-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
render() { env -u DISPLAY java -jar app/target/stepwise.jar render "$@" --size 1400x860; }
render logistic-regression --dataset blobs --classes 3 --noise 0.5 --steps 300 --out docs/images/logistic-regression-blobs.png
render logistic-regression --dataset moons --steps 300 --out docs/images/logistic-regression-moons.png
render logistic-regression --param degree=3 --until-done --out docs/images/logistic-regression-degree.png
render logistic-regression --dataset iris --standardize --steps 60 --out docs/images/logistic-regression-iris-standardized.png
render perceptron --steps 31 --out docs/images/perceptron-mistake.png
render perceptron --steps 360 --out docs/images/perceptron-converged.png
render perceptron --dataset xor --steps 1234 --out docs/images/perceptron-xor.png
render optimizers --param surface=rosenbrock --param useNesterov=true --param learningRate=0.001 \
    --param adaptiveLearningRate=0.1 --param startX=-1.5 --param startY=1.5 --steps 400 \
    --out docs/images/optimizers-rosenbrock.png
render optimizers --param useMomentum=false --param useAdam=false --param learningRate=0.21 --steps 40 \
    --out docs/images/optimizers-divergence.png
# The bowl's start and rates on Rosenbrock, where plain gradient descent diverges (Rosenbrock's own do not).
render optimizers --param surface=rosenbrock --param useNesterov=true --param useAdagrad=true --param useRmsprop=true \
    --param useAdamw=true --param learningRate=0.1 --param adaptiveLearningRate=0.1 --param startX=-1.5 \
    --param startY=1.5 --steps 300 --out docs/images/optimizers-seven.png
render linear-regression --steps 3 --out docs/images/linear-regression-gd.png
render linear-regression --dataset sine --points 60 --noise 0.5 --param solver=normal --param degree=3 --steps 1 \
    --out docs/images/linear-regression-cubic.png
render knn --steps 23 --out docs/images/knn-moons.png
render knn --param metric=manhattan --param nNeighbors=9 --steps 45 --out docs/images/knn-manhattan.png
render knn --param task=regress --param nNeighbors=8 --steps 31 --out docs/images/knn-regress.png
render knn --dataset iris --test-size 0.3 --steps 105 --out docs/images/knn-held-out.png
render naive-bayes --param model=lda --steps 2 --out docs/images/naive-bayes-lda-step2.png
render naive-bayes --param model=gaussian-nb --out docs/images/naive-bayes-gaussian-nb.png
render naive-bayes --param model=lda --out docs/images/naive-bayes-lda.png
render naive-bayes --param model=qda --out docs/images/naive-bayes-qda.png
render naive-bayes --dataset iris --param model=qda --out docs/images/naive-bayes-iris-qda.png
render regularization --dataset diabetes --steps 23 --out docs/images/regularization-diabetes.png
render dbscan --steps 120 --out docs/images/dbscan-moons.png
render dbscan --param eps=0.12 --steps 208 --out docs/images/dbscan-small-eps.png
render outliers --steps 30 --out docs/images/outliers-forest.png
render outliers --param method=lof --steps 120 --out docs/images/outliers-lof.png
render outliers --param method=iqr --until-done --out docs/images/outliers-iqr.png
render regularization --dataset diabetes --features bmi,s5 --param alpha=0.5 --steps 5 \
    --out docs/images/regularization-diamond.png
render pca --dataset iris --steps 2 --out docs/images/pca-iris.png
render pca --dataset digits --steps 10 --out docs/images/pca-digits.png
render ica --steps 0 --out docs/images/ica-start.png
render ica --until-done --out docs/images/ica-converged.png
render ica --param algorithm=deflation --seed 1 --steps 2 --out docs/images/ica-deflation.png
render tsne --dataset digits --steps 120 --out docs/images/tsne-digits-early.png
render tsne --dataset digits --until-done --out docs/images/tsne-digits-end.png
render tsne --until-done --out docs/images/tsne-iris.png
render kmeans --param init=first --steps 4 --out docs/images/kmeans-half-steps.png
render kmeans --until-done --out docs/images/kmeans-converged.png
render kmeans --param algorithm=minibatch --steps 9 --out docs/images/kmeans-minibatch.png
render decision-tree --steps 2 --out docs/images/decision-tree-step2.png
render decision-tree --until-done --out docs/images/decision-tree-grown.png
render decision-tree --param ccpAlpha=0.02 --until-done --out docs/images/decision-tree-pruned.png
render decision-tree --param task=regress --param maxDepth=3 --steps 5 --out docs/images/decision-tree-regress.png
render random-forest --steps 1 --out docs/images/random-forest-sample.png
render random-forest --steps 12 --out docs/images/random-forest-six-trees.png
render random-forest --until-done --out docs/images/random-forest-grown.png
render adaboost --steps 2 --out docs/images/adaboost-round2.png
render adaboost --until-done --out docs/images/adaboost-end.png
render adaboost --dataset blobs --classes 3 --noise 1.0 --steps 5 --out docs/images/adaboost-blobs3.png
render gradient-boosting --steps 3 --out docs/images/gradient-boosting-residuals.png
render gradient-boosting --param loss=log_loss --test-size 0.3 --steps 30 --out docs/images/gradient-boosting-moons.png
render svm --steps 20 --out docs/images/svm-moons-step20.png
render svm --dataset iris --until-done --out docs/images/svm-iris-vote.png
render svm --param task=svr --steps 40 --out docs/images/svm-svr-tube.png
render gmm --param init=first --steps 3 --out docs/images/gmm-half-steps.png
render gmm --param init=first --until-done --out docs/images/gmm-converged.png
render gmm --param covarianceType=spherical --until-done --out docs/images/gmm-spherical.png
render spectral --steps 1 --out docs/images/spectral-graph.png
render spectral --until-done --out docs/images/spectral-circles.png
render spectral --param nNeighbors=4 --steps 2 --out docs/images/spectral-pieces.png
render hierarchical --steps 30 --out docs/images/hierarchical-step30.png
render hierarchical --until-done --out docs/images/hierarchical-ward.png
render hierarchical --dataset moons --param linkage=single --param nClusters=2 --until-done \
    --out docs/images/hierarchical-moons-single.png
render confusion-matrix --until-done --out docs/images/confusion-matrix-moons.png
render confusion-matrix --dataset iris --param positiveClass=2 --until-done --out docs/images/confusion-matrix-iris.png
render bandits --steps 300 --out docs/images/bandits-step300.png
render bandits --seed 2 --param epsilon=0 --until-done --out docs/images/bandits-greedy-locked.png
render bandits --param rewards=bernoulli --steps 500 --out docs/images/bandits-bernoulli.png
render gridworld --until-done --out docs/images/gridworld-classic.png
render gridworld --param algorithm=sarsa --param layout=cliff --until-done --out docs/images/gridworld-cliff-sarsa.png
render gridworld --param algorithm=q-learning --param layout=cliff --until-done --out docs/images/gridworld-cliff-q.png
render gridworld --param algorithm=q-learning --param layout=maze --steps 3000 --out docs/images/gridworld-maze-q.png
render gridworld --layout docs/lessons/layouts/two-rooms.txt --param gamma=0.9 --param slip=0 --steps 4 \
    --out docs/images/gridworld-two-rooms.png
render cartpole --steps 12000 --out docs/images/cartpole-reinforce.png
render cartpole --until-done --out docs/images/cartpole-reinforce-solved.png
render cartpole --param algorithm=dqn --seed 3 --steps 15000 --out docs/images/cartpole-dqn.png
render ppo --steps 5 --out docs/images/ppo-surrogate.png
render ppo --param clipEpsilon=0.05 --steps 5 --out docs/images/ppo-tight-clip.png
render ppo --until-done --out docs/images/ppo-solved.png
render playground --steps 60 --out docs/images/playground-circles.png
render playground --dataset spirals --points 500 --test-size 0.3 --param hidden=8,8,8,8,8,8 --steps 150 \
    --out docs/images/playground-spirals-heavy.png
render playground --param hidden=none --param features=squares --until-done --out docs/images/playground-linear-squares.png
render playground --dataset xor --param hidden=3,6,2 --until-done --out docs/images/playground-xor-3-6-2.png
render activations-init --until-done --out docs/images/activations-init-tanh.png
render activations-init --param activation=relu --param init=he --until-done --out docs/images/activations-init-relu-he.png
render activations-init --param activation=sigmoid --until-done --out docs/images/activations-init-sigmoid.png
render lr-schedules --steps 1200 --out docs/images/lr-schedules-step1200.png
render lr-schedules --param rangeTest=true --until-done --out docs/images/lr-schedules-range-test.png
render lr-schedules --param learningRate=0.3 --param useStep=true --param useExponential=true --until-done --out docs/images/lr-schedules-rate-0.3.png
render deep-regularization --until-done --out docs/images/deep-regularization-weight-decay.png
render deep-regularization --param technique=dropout --steps 120 --out docs/images/deep-regularization-dropout.png
render deep-regularization --param technique=early_stopping --param nIterNoChange=50 --until-done \
    --out docs/images/deep-regularization-early-stopping.png
render backprop --steps 10 --out docs/images/backprop-mazur-w5.png
render backprop --steps 18 --out docs/images/backprop-mazur-update.png
render backprop --param example=three --param hidden=4,4 --param activation=tanh --param output=linear --steps 30 --out docs/images/backprop-three-4-4.png
render roc-pr --steps 8 --out docs/images/roc-pr-moons.png
render roc-pr --dataset iris --param positiveClass=2 --until-done --out docs/images/roc-pr-iris.png
render calibration --until-done --out docs/images/calibration-naive-bayes.png
render calibration --param model=random-forest --until-done --out docs/images/calibration-forest.png
render cross-validation --steps 2 --out docs/images/cross-validation-stratified.png
render cross-validation --param cv=time-series --steps 3 --out docs/images/cross-validation-time-series.png
render hyperparameter-search --steps 12 --out docs/images/hyperparameter-search-grid.png
render hyperparameter-search --param search=random --until-done --out docs/images/hyperparameter-search-random.png
render hyperparameter-search --param model=knn --until-done --out docs/images/hyperparameter-search-knn.png
render feature-scaling --steps 1 --out docs/images/feature-scaling-none.png
render feature-scaling --until-done --out docs/images/feature-scaling-robust.png
render bias-variance --until-done --out docs/images/bias-variance-degree3.png
render bias-variance --param degree=10 --until-done --out docs/images/bias-variance-degree10.png
render learning-curves --until-done --out docs/images/learning-curves-sizes.png
render learning-curves --param curve=validation --until-done --out docs/images/learning-curves-validation.png
render regression-metrics --until-done --out docs/images/regression-metrics-refit.png
render regression-metrics --param refit=false --param move=away --until-done --out docs/images/regression-metrics-bad-model.png
render splits-leakage --steps 1 --out docs/images/splits-leakage-split.png
render splits-leakage --until-done --out docs/images/splits-leakage-selection.png
render splits-leakage --dataset wine --param step=scale --until-done --out docs/images/splits-leakage-wine-scaling.png
render ensemble-voting --steps 2 --out docs/images/ensemble-voting-member.png
render ensemble-voting --until-done --out docs/images/ensemble-voting-hard.png
render ensemble-voting --param voting=stacking --until-done --out docs/images/ensemble-voting-stacking.png
render kde --steps 30 --out docs/images/kde-adding.png
render kde --steps 83 --out docs/images/kde-narrow.png
render kde --until-done --out docs/images/kde-converged.png
render kde --param dimensions=2 --until-done --out docs/images/kde-plane.png
render kde --param dimensions=2 --param kernel=tophat --steps 40 --out docs/images/kde-plane-tophat.png
