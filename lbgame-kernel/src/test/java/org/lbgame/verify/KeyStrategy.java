package org.lbgame.verify;

import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.strategy.StrategyProperties;
import java.util.Set;

/**
 * KeY's search strategy for the kernel's contracts, and the contracts that get other settings than the default
 * (query treatment, query axiom, quantifier instantiation, rules withheld, step budget), each list with the
 * measurement that put a contract on it. Replay runs no strategy, so none of this affects {@code mvn -B verify}.
 */
final class KeyStrategy {

    private KeyStrategy() {
    }

    /**
     * Sets the search strategy of {@code proof} for contract {@code name}: method contracts, loop invariants,
     * dependency contracts, the query treatment and quantifier mode of its lists, {@code maxSteps} rule applications
     * and the wall-clock guard {@code timeoutMillis}, and the rules withheld from it.
     */
    static void apply(Proof proof, String name, int maxSteps, long timeoutMillis) {
        StrategyProperties sp = proof.getSettings().getStrategySettings().getActiveStrategyProperties();
        sp.setProperty(StrategyProperties.METHOD_OPTIONS_KEY, StrategyProperties.METHOD_CONTRACT);
        sp.setProperty(StrategyProperties.LOOP_OPTIONS_KEY, StrategyProperties.LOOP_INVARIANT);
        sp.setProperty(StrategyProperties.DEP_OPTIONS_KEY, StrategyProperties.DEP_ON);
        String query = System.getProperty("key.query",
                listed(System.getProperty("key.queryOff", DEFAULT_QUERY_OFF), name) ? "off" : "on");
        sp.setProperty(StrategyProperties.QUERY_OPTIONS_KEY, query.equals("off") ? StrategyProperties.QUERY_OFF
                : query.equals("restricted") ? StrategyProperties.QUERY_RESTRICTED : StrategyProperties.QUERY_ON);
        sp.setProperty(StrategyProperties.NON_LIN_ARITH_OPTIONS_KEY,
                listed(System.getProperty("key.nonLinear", DEFAULT_NON_LINEAR), name)
                        ? StrategyProperties.NON_LIN_ARITH_COMPLETION : StrategyProperties.NON_LIN_ARITH_DEF_OPS);
        sp.setProperty(StrategyProperties.QUANTIFIERS_OPTIONS_KEY, quantifierMode(name));
        sp.setProperty(StrategyProperties.STOPMODE_OPTIONS_KEY, StrategyProperties.STOPMODE_NONCLOSE);
        // Experimental switches (unset: KeY's defaults, as in every committed proof).
        if (System.getProperty("key.queryAxiom") != null) {
            sp.setProperty(StrategyProperties.QUERYAXIOM_OPTIONS_KEY, Boolean.getBoolean("key.queryAxiom")
                    ? StrategyProperties.QUERYAXIOM_ON : StrategyProperties.QUERYAXIOM_OFF);
        } else if (listed(System.getProperty("key.opaqueQueries", DEFAULT_OPAQUE_QUERIES), name)) {
            sp.setProperty(StrategyProperties.QUERYAXIOM_OPTIONS_KEY, StrategyProperties.QUERYAXIOM_OFF);
        }
        if (System.getProperty("key.classAxiom") != null) {
            String ca = System.getProperty("key.classAxiom");
            sp.setProperty(StrategyProperties.CLASS_AXIOM_OPTIONS_KEY, ca.equals("free")
                    ? StrategyProperties.CLASS_AXIOM_FREE
                    : ca.equals("delayed") ? StrategyProperties.CLASS_AXIOM_DELAYED : StrategyProperties.CLASS_AXIOM_OFF);
        }
        proof.getSettings().getStrategySettings().setActiveStrategyProperties(sp);
        proof.getSettings().getStrategySettings().setMaxSteps(maxSteps);
        proof.getSettings().getStrategySettings().setTimeout(timeoutMillis);
        proof.setActiveStrategy(proof.getServices().getProfile().getDefaultStrategyFactory().create(proof, sp));
        String banned = System.getProperty("key.banRules", "cutUpperBound");
        String withoutCut = System.getProperty("key.noUpperBoundCut", DEFAULT_NO_UPPER_BOUND_CUT);
        boolean cut = !banned.isEmpty() && listed(withoutCut, name);
        boolean noCutDirect = listed(System.getProperty("key.noCutDirect", DEFAULT_NO_CUT_DIRECT), name);
        Set<String> only = expandOnly(name);
        if (cut || noCutDirect || !only.isEmpty()) {
            Set<String> withheld = new java.util.HashSet<>(cut ? Set.of(banned.split(",")) : Set.of());
            if (noCutDirect) {
                withheld.add("cut_direct");
            }
            proof.setActiveStrategy(new WithoutRules(proof.getActiveStrategy(), Set.copyOf(withheld), only));
        }
    }

    /**
     * Contracts whose search may evaluate (query treatment, KeY's {@code queryExpand}) only the queries of the named
     * methods ({@code key.expandOnly}: comma-separated {@code contract=method|method}, contract a substring). A
     * wrapper {@code \result == q(..) && (\result <==> Q)} needs its query {@code q} evaluated once, through q's
     * contract; evaluating the queries inside {@code Q} as well ({@code allZeroUtility} inside
     * {@code isAllZeroPne}'s postcondition) re-proves their callees' shape preconditions at fresh indices, where
     * the searches of {@code Counterexamples.allZeroPneValue} and {@code ThresholdCertificate.noPneOneBelow} ran out
     * of budget (proofs/notes.tsv). {@code Equilibrium.isPneValue} evaluates its own isPne query once (30 goals open
     * at 31,683 steps with the defaults). {@code TbtStability.modelStaysStableUnderH} evaluates only
     * {@code prop45Hypotheses}, which alone gives its callee's {@code i < cost.length} (15,240 steps; 9 goals open at
     * 20,746 with the defaults). {@code ProfileContents.sameVerdict} evaluates only isPne (its postcondition) and its
     * lemma sameUtility (the asserts' instances), the deviationUtility queries stay opaque terms (query axiom off,
     * no cutUpperBound): closed in 24,914 steps; 37 goals open at 31,996 with the defaults, 12 at 30,174 with only
     * cutUpperBound withheld (the printed goals evaluate deviationUtility at fresh pairs, its exceptional branch
     * and shape preconditions). {@code OpaquePne.holds#1} and {@code OpaquePne.holdsIsPne} evaluate holds (through
     * both its specification cases) and shaped, never isPne (closed in 22,564 and 10,451 steps, query axiom off);
     * {@code OpaquePne.holdsValue} also sameVerdict (its body's assert; closed in 57,607 steps, also in the
     * no-cutUpperBound and large-budget lists). {@code ProfileSpan.spanSplit} evaluates only span (through both its
     * specification cases), never profilePower (query axiom off): closed in 8,411 steps; 36 goals open at 30,055 with
     * the defaults (span's body executed at each of its three queries); with the query treatment off as well KeY stops
     * at 132 steps with 3 goals open (span's terms opaque, nothing known of them). Withholding rule applications
     * cannot make a false contract provable.
     */
    public static final String DEFAULT_EXPAND_ONLY = "AllZero.pneByDefinition=isAllZeroPne,"
            + "AllZero.adjacentByDefinition=adjacentConditionHolds,Equilibrium.isPneValue=isPne,"
            + "TbtStability.modelStaysStableUnderH=prop45Hypotheses,ProfileContents.sameVerdict=isPne|sameUtility,"
            + "OpaquePne.holds#1=shaped,OpaquePne.holdsIsPne=holds|shaped,OpaquePne.holdsValue=holds|shaped|sameVerdict,"
            + "ProfileSpan.spanSplit=span";

    /** The methods whose queries contract {@code name} may evaluate, or none for no restriction. */
    static Set<String> expandOnly(String name) {
        for (String entry : System.getProperty("key.expandOnly", DEFAULT_EXPAND_ONLY).split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0 && name.contains(entry.substring(0, eq))) {
                return Set.of(entry.substring(eq + 1).split("\\|"));
            }
        }
        return Set.of();
    }

    /**
     * Contracts searched without KeY's {@code cutUpperBound} rule ({@code key.noUpperBoundCut}; the rules withheld are
     * {@code key.banRules}, comma-separated rule names, default {@code cutUpperBound}). KeY's
     * {@code cutUpperBound} (rule set {@code loopInvariant}, cost -20000, no duplicate check) splits a succedent
     * {@code k <= -1 | k >= n | c} on {@code k = n} against any antecedent {@code \forall v; v <= -1 | v >= j | ...};
     * on a goal {@code ==> i_0 <= -1 | i_0 >= cost.length | !score[i_0] = null} (a callee's row non-null
     * precondition at a fresh row) it splits again on every {@code k != n} branch and took 2,025 of
     * {@code pneUtilityForm}'s 32,033 steps (with 20,144 {@code andLeft}) while the instance that closes the goal
     * was never made (measured with {@link KeyGoalDump}); without the rule it closed in 11,103 steps. Withholding a
     * rule cannot make a false contract provable, and a saved proof replays without the strategy. Not a general
     * cure: {@code AllZeroPaid.modelCertifiedAt} without it left 18 goals open at 30,128 steps (9 with it).
     * {@code PneStructure.pneIsAllZero} (queries off): 11 goals open at 31,691 steps with it (1,652 cutUpperBound,
     * 11,104 andLeft, each open goal bottomStep's shape precondition at a fresh row), closed in 11,107 without it;
     * {@code PneStructure.pneRanksByCapability} the same (12 goals at 31,778 with it; closed in 20,215 without).
     * {@code Enumeration.profilesAt} (queries off): 17 goals open at 30,379 steps with it, closed in 29,691 without.
     * {@code Equilibrium.isPneValue} (query axiom off, only isPne evaluated): 27 goals open at 31,953 steps with it
     * (each at a pair i_1 = cost.length, !i_1 = cost.length), closed in 16,948 without.
     * {@code ProfileContents.sameUtility} (with a KeY-only assert of the two ranks' equality in its body): 14 goals
     * open at 32,022 steps with it (a callee's row non-null precondition at a fresh i_3_0), closed in 22,834 without.
     * {@code ProfileContents.sameVerdict} (query axiom off, only isPne and sameUtility evaluated): closed in 24,914.
     * {@code OpaquePne.holdsValue} (query axiom off, only holds, shaped and sameVerdict evaluated, large budget):
     * closed in 57,607 without it (see proofs/notes.tsv for the runs with it).
     */
    public static final String DEFAULT_NO_UPPER_BOUND_CUT = "PneStructure.pneUtilityForm,PneStructure.pneIsAllZero,"
            + "PneStructure.pneRanksByCapability,AllZero.pneByDefinition,AllZero.adjacentByDefinition,"
            + "ThresholdCertificate.gainBelow,ThresholdCertificate.noPneOneBelow,Enumeration.profilesAt,"
            + "Equilibrium.isPneValue,TbtStability.modelStaysStableUnderH,PneStructure.effortBuysRank,"
            + "Enumeration.certifiedPne,RankCount.rankDominated,ProfileContents.sameUtility,ProfileContents.sameVerdict,"
            + "OpaquePne.holdsValue,PneLists.crossMatch,PneLists.sameLists";

    /**
     * Contracts searched without KeY's {@code cut_direct} rule as well ({@code key.noCutDirect}), which splits a goal on
     * a formula occurring inside another. {@code RankCount.rankDominated}: with it, 20 goals open at 30,293 steps
     * (KeyGoalDump: after the loop, cut_direct splits on instances of the dominance and shape preconditions at column
     * terms used as model indices, m := k, e + tau, tau + effort[i], then score[tau + effort[i]][...], before the
     * postcondition's queries are evaluated; the same 20 at 30,293 with a branch-free loop body); without it and
     * without cutUpperBound (it is also in that list), closed in 22,271. Withholding a rule cannot make a false
     * contract provable, and a saved proof replays without the strategy.
     */
    public static final String DEFAULT_NO_CUT_DIRECT = "RankCount.rankDominated";

    /**
     * Contracts searched with KeY's nonlinear arithmetic ({@code key.nonLinear}: NON_LIN_ARITH_COMPLETION, which
     * multiplies inequalities and splits on signs; every other contract gets NON_LIN_ARITH_DEF_OPS). Only small
     * arithmetic lemmas: on {@code PneSearch.pneAbove} the mode ran away (53 goals open at 80,064 steps, model-search
     * case splits). {@code ProfileSpan.span#0} with it (long product body, queries off): no result after 17 minutes
     * (search stopped by hand); span computes its product by scaledCount instead, linear for the default mode.
     */
    public static final String DEFAULT_NON_LINEAR = "";

    /** A strategy that withholds some rules from another. */
    private static final class WithoutRules implements de.uka.ilkd.key.strategy.Strategy {
        private final de.uka.ilkd.key.strategy.Strategy base;
        private final Set<String> banned;
        private final Set<String> expandOnly;

        WithoutRules(de.uka.ilkd.key.strategy.Strategy base, Set<String> banned, Set<String> expandOnly) {
            this.base = base;
            this.banned = banned;
            this.expandOnly = expandOnly;
        }

        private boolean isBanned(de.uka.ilkd.key.rule.RuleApp app) {
            if (banned.contains(app.rule().name().toString())) {
                return true;
            }
            if (expandOnly.isEmpty() || app.rule() != de.uka.ilkd.key.rule.QueryExpand.INSTANCE
                    || app.posInOccurrence() == null) {
                return false;
            }
            de.uka.ilkd.key.logic.op.Operator op = app.posInOccurrence().subTerm().op();
            return !(op instanceof de.uka.ilkd.key.logic.op.IProgramMethod pm
                    && expandOnly.contains(pm.name().toString().replaceAll(".*::", "")));
        }

        @Override
        public org.key_project.logic.Name name() {
            return base.name();
        }

        @Override
        public de.uka.ilkd.key.strategy.RuleAppCost computeCost(de.uka.ilkd.key.rule.RuleApp app,
                de.uka.ilkd.key.logic.PosInOccurrence pos, de.uka.ilkd.key.proof.Goal goal,
                de.uka.ilkd.key.strategy.feature.MutableState state) {
            return isBanned(app) ? de.uka.ilkd.key.strategy.TopRuleAppCost.INSTANCE
                    : base.computeCost(app, pos, goal, state);
        }

        @Override
        public boolean isStopAtFirstNonCloseableGoal() {
            return base.isStopAtFirstNonCloseableGoal();
        }

        @Override
        public boolean isApprovedApp(de.uka.ilkd.key.rule.RuleApp app, de.uka.ilkd.key.logic.PosInOccurrence pio,
                de.uka.ilkd.key.proof.Goal goal) {
            return !isBanned(app) && base.isApprovedApp(app, pio, goal);
        }

        @Override
        public void instantiateApp(de.uka.ilkd.key.rule.RuleApp app, de.uka.ilkd.key.logic.PosInOccurrence pio,
                de.uka.ilkd.key.proof.Goal goal, de.uka.ilkd.key.strategy.RuleAppCostCollector collector) {
            if (!isBanned(app)) {
                base.instantiateApp(app, pio, goal, collector);
            }
        }
    }

    /** Whether {@code name} is on a list of contracts to treat specially; an empty list names none. */
    static boolean listed(String list, String name) {
        return !list.isEmpty() && KeyRunner.matches(list, name);
    }

    /**
     * Quantifier treatment for a contract: non-splitting with programs (KeY's default for JML), or full
     * instantiation for the contracts named in {@code key.instantiate} (comma-separated substrings), which need
     * case splits on instances (least-index arguments).
     */
    static String quantifierMode(String name) {
        String filter = System.getProperty("key.instantiate", DEFAULT_INSTANTIATE);
        return !filter.isEmpty() && KeyRunner.matches(filter, name) ? StrategyProperties.QUANTIFIERS_INSTANTIATE
                : StrategyProperties.QUANTIFIERS_NON_SPLITTING_WITH_PROGS;
    }

    /**
     * Contracts proved with KeY's query treatment off as well (a call of a pure method is not replaced by its body or
     * by a query term). {@code firstProfitableDeviation} composes its helpers' contracts over {@code allZeroUtility}
     * queries only; with the treatment on, KeY keeps proving the queries' preconditions at every term (measured: 9
     * open goals at 30,000 steps; closed in 7,841 with it off). Validity's C3 chain ({@code gapsAbove} up to
     * {@code c3Holds}) only matches its callees' query postconditions against its own (closed in 2,093-5,693 steps).
     * {@code PneStructure.pneRankForm}, {@code TbtStability.stabilityFacts} and {@code AllZeroPaid.modelCertifiedAt}
     * likewise pass opaque queries on to their callees verbatim (their measurements: {@code proofs/notes.tsv}).
     * {@code ThresholdCertificate.stepDown} chains three callees whose contracts name the same queries (11 goals open
     * at 30,460 steps with the treatment on, each expanding prop45Hypotheses or wellFormed; closed in 7,388 with both
     * off, also in the query-axiom list below). {@code Enumeration.profilesAt} uses nothing of profileAt's
     * {@code shiftedIndex} terms, which the treatment unfolds (37 goals open at 30,242 steps with it on; still open,
     * 17 goals at 30,379, with both off: see its notes).
     * {@code PneStep.noGainAt} matches two {@code Utility.deviationUtility} postconditions against its own (6 goals
     * open at 30,823 steps with the treatment on, the query terms expanded again and again; closed in 4,036 off).
     * {@code PneStructure.pneIsAllZero} passes isPne and the rank-form PNE on to pneRankForm and bottomStep verbatim (15
     * goals open at 32,003 steps with the defaults; with both off and without cutUpperBound, closed in 11,107);
     * {@code PneStructure.pneRanksByCapability} likewise (38 goals open at 31,909 with the defaults, 12 at 31,778
     * with both off but cutUpperBound on; closed in 20,215 without it).
     * {@code Enumeration.everyRowPne} links its loop's verdict to the invariant's isPne query through
     * {@code Equilibrium.isPneValue} (19 goals open at 31,635 steps with the defaults, 17 at 30,150 with only isPne
     * evaluated, axiom off and no cutUpperBound; closed in 11,972 with both off and the wrapper).
     * {@code Enumeration.profileCount} takes every fact about its observer {@code profilePower} from the lemma
     * {@code profilePowerStep}'s contract (14 goals open at 30,053 steps with the treatment on, which unfolds
     * profilePower(n), profilePower(n - 1), ... without end; closed in 4,185 with both off).
     * {@code TbtStability.jumpFromNoGain} passes pairPaidFromNoGain's opaque justOvertake terms on to its loop
     * invariant (13 goals open at 21,202 steps with the defaults, 15 at 30,140 with both off, no cutUpperBound and
     * full instantiation; closed in 18,215 with both off, cutUpperBound kept and non-splitting instantiation).
     * {@code PneStructure.effortBuysRank} takes its ranks and reward comparisons from the wrappers
     * {@code Ranking.rankAfterDeviationValue} and {@code PneStep.rewardOrderedValue} (8 goals open at 80,484 steps with
     * the treatment on, rewardOrdered(..) = TRUE never unfolded in the antecedent; closed in 4,545 with both off and
     * without cutUpperBound).
     * {@code Enumeration.certifiedPne} only passes its callees' postconditions on (profilesAt's row shapes, everyRowPne's
     * isPne verdicts) through the anonymised heaps of two allocating calls: with both off and without cutUpperBound
     * 9 goals open at 30,117 steps (each its own postcondition at a fresh row and entry, cut off by the budget),
     * closed in 38,272 with the large budget (also in the no-cutUpperBound and large-budget lists).
     * {@code OpaquePne.candidate} matches the lemma holdsValue's contract, taken in the heap after its two allocations,
     * against its own postcondition (closed in 6,665 steps with both off).
     * {@code ProfileSpan.span} (both specification cases, #0 and #1) takes profilePower's value from profilePowerValue's
     * contract (18 and 17 goals open at 30,044 and 30,046 steps with the defaults, profilePower(m - 1), (m - 2), ...
     * unfolded; closed in 2,168 and 2,735 with both off, after its body computed the product by scaledCount).
     */
    public static final String DEFAULT_QUERY_OFF = "AllZero.firstProfitableDeviation,"
            + "AllZeroPaid.utilityForm,TbtStability.allZeroPnePersists,AllZeroCertificate.jumpTableSuffices,"
            + "AllZeroJump.jumpConditionHoldsForAllBelow,AllZero.everyJumpConditionHolds,"
            + "AllZeroJump.adjacentJumpHolds,AllZero.adjacentConditionHolds,GambitIndex.profileAt,"
            + "AllZeroOvertake.firstGainingEffort,AllZeroOvertake.paysForEveryEffort,"
            + "AllZeroOvertake.firstGainingModel,AllZeroOvertake.modelGainingEffort,AllZero.prop45Deviation,"
            + "AllZeroCertificate.noModelGains,AllZeroCertificate.jumpRowHolds,AllZeroCertificate.jumpTableHolds,"
            + "Certificates.checkAllZeroPne,Validity.gapsAbove,Validity.gapsBetween,"
            + "Validity.effortGapsNondecreasing,Validity.c3Holds,PneStructure.pneRankForm,TbtStability.stabilityFacts,"
            + "AllZeroPaid.modelCertifiedAt,ThresholdCertificate.stepDown,Enumeration.profilesAt,PneStep.noGainAt,"
            + "PneStructure.pneIsAllZero,PneStructure.pneRanksByCapability,Counterexamples.allZeroPneValue,"
            + "Counterexamples.adjacentValue,ThresholdCertificate.noPneOneBelow,"
            + "ThresholdCertificate.gainBelow,ThresholdCertificate.checkLeastThreshold,Enumeration.everyRowPne,"
            + "Enumeration.profileCount,TbtStability.jumpFromNoGain,PneStructure.effortBuysRank,Enumeration.certifiedPne,"
            + "OpaquePne.candidate,ProfileSpan.span#,PneLists.crossMatch,PneLists.sameLists";

    /**
     * Contracts proved with KeY's query axiom off (queries stay terms). Their specifications name pure methods'
     * results as queries and their code calls {@code \result == query(...)} wrappers: with the axiom on, KeY
     * replaces every occurrence of a query by a fresh constant of its own, so the wrapper's equation no longer
     * matches the postcondition and each pair of constants needs a uniqueness argument (measured: open). Turning
     * a rule off cannot make a false contract provable. {@code OpaquePne.holds#1} (the private case, with only
     * shaped evaluated): 42 goals open at 31,673 steps with the axiom on (the printed goal carries shaped's loop
     * invariants: the axiom executed shaped's body), closed in 22,564 steps with it off.
     * {@code ProfileRows.gambitBefore}: 9 goals open at 30,435 steps with the axiom on (it executed highestDifference's
     * loop inside the precondition), closed in 1,466 with it off; {@code ProfileRows.gambitAfter} closes with it on
     * (26,958 steps) and in 1,921 with it off. {@code ProfileSpan.span#0/#1} and
     * {@code ProfileSpan.spanSplit}: see the query-treatment and expand-only lists.
     */
    public static final String DEFAULT_OPAQUE_QUERIES = "AllZero.jumpConditionHolds,AllZero.isAllZeroPne,"
            + "AllZeroPaid.utilityForm,TbtStability.allZeroPnePersists,AllZeroCertificate.jumpTableSuffices,"
            + "AllZeroGain.noGainFromAllZero,AllZeroGain.allZeroUtility,AllZeroGain.leastGaining,"
            + "AllZero.firstProfitableDeviation,Validity.gapOrdered,Certificates.checkThreshold,"
            + "AllZeroJump.jumpConditionHoldsForAllBelow,AllZero.everyJumpConditionHolds,"
            + "AllZeroJump.adjacentJumpHolds,AllZero.adjacentConditionHolds,GambitIndex.shiftedIndex,Enumeration.profilePower,Enumeration.profileCount,"
            + "GambitIndex.profileAt,AllZeroOvertake.firstGainingEffort,AllZeroOvertake.paysForEveryEffort,"
            + "AllZeroOvertake.firstGainingModel,AllZeroOvertake.modelGainingEffort,AllZero.prop45Deviation,"
            + "AllZeroOvertake.modelPaysForOvertakes,AllZeroPaid.modelNoGain,AllZeroCertificate.noModelGains,"
            + "AllZeroCertificate.jumpRowHolds,AllZeroCertificate.jumpTableHolds,Certificates.checkAllZeroPne,"
            + "Validity.gapsAbove,Validity.gapsBetween,Validity.effortGaps,Validity.c3Holds,Counterexamples.,"
            + "PneStructure.pneRankForm,TbtStability.stabilityFacts,AllZeroPaid.modelCertifiedAt,"
            + "ThresholdCertificate.stepDown,Enumeration.profilesAt,PneStep.noGainAt,PneStructure.pneIsAllZero,"
            + "PneStructure.pneRanksByCapability,ThresholdCertificate.noPneOneBelow,"
            + "ThresholdCertificate.gainBelow,ThresholdCertificate.checkLeastThreshold,AllZero.pneByDefinition,"
            + "AllZero.adjacentByDefinition,Enumeration.everyRowPne,Equilibrium.isPneValue,"
            + "TbtStability.modelStaysStableUnderH,TbtStability.jumpFromNoGain,PneStructure.effortBuysRank,"
            + "Enumeration.certifiedPne,ProfileContents.sameVerdict,OpaquePne.holds#1,OpaquePne.holdsIsPne,OpaquePne.holdsValue,"
            + "OpaquePne.candidate,ProfileRows.gambitBefore,ProfileRows.gambitAfter,ProfileSpan.span#,ProfileSpan.spanSplit,"
            + "ProfileRows.gambitAsymmetric,PneLists.repeatHasNoDigit,PneLists.crossMatch,PneLists.sameLists";

    /**
     * Contracts proved with full quantifier instantiation by default. {@code AllZero.pneByDefinition} (query axiom
     * off, only isAllZeroPne's query evaluated, without cutUpperBound): with non-splitting instantiation 10 goals open
     * at 12,049 steps, each isAllZeroPne's nested cost-bound precondition at a fresh pair (m, e) whose two-level
     * instance was not made; with full instantiation closed in 18,996 steps. {@code ThresholdCertificate.noPneOneBelow}
     * (queries off, without cutUpperBound): 6 goals open at 20,075 steps with non-splitting instantiation (callee
     * pneByDefinition's reward bound at a fresh index not matched); closed in 23,463 with full instantiation.
     */
    public static final String DEFAULT_INSTANTIATE = "AllZero.pneByDefinition,ThresholdCertificate.noPneOneBelow";

    /**
     * Contracts given {@link #LARGE_MAX_STEPS} instead of {@code key.maxSteps}: compositions whose callees carry the
     * full block of quantified hypotheses {@code H}, so every call re-proves it (measured: {@code modelGainingEffort}
     * 8 goals open at 30,000 steps, closed in 37,474; {@code modelPaysForOvertakes} closes at 28,309, too near the
     * default; {@code AllZeroPaid.rankUnderC1Value} closes at 26,120 and {@code AllZeroPaid.modelNoGain} at 26,816
     * with opaque queries; {@code AllZeroCertificate.jumpTableHolds} at 25,848; {@code Certificates.checkAllZeroPne},
     * two calls whose postconditions KeY re-derives clause by clause, at 69,407; {@code AllZero.adjacentByDefinition},
     * with its query settings above, 9 goals open at 30,113 steps, each a closable precondition of the expanded
     * adjacentConditionHolds query with its closing instance in the antecedent, closed at 44,654;
     * {@code Enumeration.certifiedPne}, queries off and no cutUpperBound, at 38,272; {@code OpaquePne.holdsValue}, its
     * query settings above, at 57,607). A larger budget cannot make a
     * false contract provable; it only costs time on open ones.
     */
    public static final String DEFAULT_LARGE_BUDGET = "AllZeroOvertake.modelGainingEffort,"
            + "AllZeroOvertake.modelPaysForOvertakes,AllZeroPaid.rankUnderC1Value,AllZeroPaid.modelNoGain,"
            + "AllZeroCertificate.jumpTableHolds,Certificates.checkAllZeroPne,AllZero.adjacentByDefinition,"
            + "Enumeration.certifiedPne,OpaquePne.holdsValue";

    /** The budget of {@link #DEFAULT_LARGE_BUDGET} contracts ({@code key.largeSteps}). */
    public static final int LARGE_MAX_STEPS = 80000;

    /** The step budget of one contract: at least {@code key.largeSteps} for the listed ones, else {@code base}. */
    public static int budgetFor(String contractName, int base) {
        String filter = System.getProperty("key.largeBudget", DEFAULT_LARGE_BUDGET);
        return !filter.isEmpty() && KeyRunner.matches(filter, contractName)
                ? Math.max(base, Integer.getInteger("key.largeSteps", LARGE_MAX_STEPS)) : base;
    }
}
