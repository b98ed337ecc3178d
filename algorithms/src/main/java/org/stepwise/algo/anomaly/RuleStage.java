package org.stepwise.algo.anomaly;

/**
 * IQR or z-score after the rules of the first {@code applied} features: each point's largest
 * measure so far (in IQRs outside the box, or |z|), negated as its score, and whether a rule
 * flagged it. The threshold is −1.5 or −3; a point is flagged when any feature's rule flags it.
 */
public record RuleStage(SpreadRule[] rules, int applied, double[] measure, boolean[] flagged)
        implements OutlierStage {

    @Override
    public boolean scored(int i) { return applied > 0; }

    @Override
    public double score(int i) { return applied > 0 ? -measure[i] : Double.NaN; }

    @Override
    public double offset() { return -rules[0].limit(); }

    @Override
    public boolean outlier(int i) { return flagged[i]; }

    /** The rule the last step applied, null before the first. */
    public SpreadRule lastRule() { return applied == 0 ? null : rules[applied - 1]; }

    /** The feature the last step applied its rule to, −1 before the first. */
    public int feature() { return applied - 1; }
}
