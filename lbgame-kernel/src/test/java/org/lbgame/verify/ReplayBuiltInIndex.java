package org.lbgame.verify;

import de.uka.ilkd.key.logic.SequentChangeInfo;
import de.uka.ilkd.key.proof.BuiltInRuleAppIndex;
import de.uka.ilkd.key.proof.BuiltInRuleIndex;
import de.uka.ilkd.key.proof.Goal;
import de.uka.ilkd.key.proof.NewRuleListener;
import de.uka.ilkd.key.proof.RuleAppIndex;
import java.lang.reflect.Field;

/**
 * A goal's index of built-in rule applications that does not scan changed formulas, for replay only.
 *
 * <p>After every rule application KeY asks each built-in rule (one-step simplification, contracts, queries, ...)
 * whether it applies at every subterm of every changed formula, and hands the hits to the automatic strategy's queue.
 * Replay runs no strategy, and it checks a saved built-in step by asking the rules at that step's own position
 * ({@link BuiltInRuleAppIndex#getBuiltInRule}, which this class keeps), so the scan's results are never read. Measured
 * by JFR on the replay of 15 saved proofs: the scan was about a third of the replay's samples. Taclet steps do not use
 * this index at all. So this changes how fast a replay runs, never whether a step applies.
 */
final class ReplayBuiltInIndex extends BuiltInRuleAppIndex {

    private ReplayBuiltInIndex(BuiltInRuleIndex index) {
        super(index);
    }

    /** Puts a scan-free index into {@code goal}; the goals split from it inherit it through {@link #copy}. */
    static void install(Goal goal) {
        RuleAppIndex rules = goal.ruleAppIndex();
        try {
            // KeY offers no way to choose a goal's built-in index after the proof is created: the field is final.
            Field f = RuleAppIndex.class.getDeclaredField("builtInRuleAppIndex");
            f.setAccessible(true);
            BuiltInRuleAppIndex old = (BuiltInRuleAppIndex) f.get(rules);
            ReplayBuiltInIndex fresh = new ReplayBuiltInIndex(old.builtInRuleIndex());
            f.set(rules, fresh);
            Field listener = RuleAppIndex.class.getDeclaredField("newRuleListener");
            listener.setAccessible(true);
            fresh.setNewRuleListener((NewRuleListener) listener.get(rules));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("KeY's RuleAppIndex changed: " + e, e);
        }
    }

    @Override
    public void sequentChanged(Goal goal, SequentChangeInfo sci, NewRuleListener listener) {
        // no scan: its results only feed the strategy's queue, and replay runs no strategy
    }

    @Override
    public void scanApplicableRules(Goal goal, NewRuleListener newRuleListener) {
        // no scan, as above
    }

    @Override
    public void reportRuleApps(NewRuleListener l, Goal goal) {
        // no scan, as above
    }

    @Override
    public BuiltInRuleAppIndex copy() {
        return new ReplayBuiltInIndex(builtInRuleIndex().copy());
    }
}
