package org.stepwise.algo.anomaly;

/**
 * The IQR or z-score rule, one feature a step: each step applies the next feature's rule, a
 * point's measure becoming the largest so far and its flag set when this feature's rule flags it.
 */
final class RuleRun implements MethodRun {

    private final OutlierData data;
    private final SpreadRule[] rules;

    RuleRun(OutlierData data, boolean iqr) {
        this.data = data;
        this.rules = new SpreadRule[data.d()];
        for (int j = 0; j < data.d(); j++) {
            rules[j] = iqr ? SpreadRule.iqr(data.x(), data.n(), data.d(), j)
                    : SpreadRule.zscore(data.x(), data.n(), data.d(), j);
        }
    }

    @Override
    public int steps() { return rules.length; }

    @Override
    public OutlierStage initial() {
        return new RuleStage(rules, 0, new double[data.n()], new boolean[data.n()]);
    }

    private RuleStage last;

    @Override
    public OutlierStage advance(int s) {
        RuleStage before = last == null ? (RuleStage) initial() : last;
        int j = s - 1;
        double[] measure = before.measure().clone();
        boolean[] flagged = before.flagged().clone();
        for (int i = 0; i < data.n(); i++) {
            double v = data.feature(i, j);
            measure[i] = Math.max(measure[i], rules[j].measure(v));
            flagged[i] |= rules[j].flags(v);
        }
        last = new RuleStage(rules, s, measure, flagged);
        return last;
    }
}
