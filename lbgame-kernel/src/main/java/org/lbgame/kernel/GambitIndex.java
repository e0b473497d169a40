package org.lbgame.kernel;

/**
 * A profile from its Gambit index: effort {@code m} is digit {@code m} of the index in base {@code E+1}, player 0's
 * effort varying fastest ({@link #profileAt}), with the spec observer {@link #shiftedIndex} that states the digits
 * without a power operator, and the lemmas both verifiers use for them.
 */
public final class GambitIndex {

    private GambitIndex() {
    }

    /**
     * {@code value / (E+1)^m} (integer division): the Gambit index {@code value} with its {@code m} lowest digits
     * in base {@code E+1} dropped, so that digit {@code m} of {@code value} is {@code shiftedIndex(value, E, m) % (E+1)}.
     * A spec observer for {@link #profileAt} (recursion depth {@code m}); no power operator is needed. The step is
     * written twice with one meaning. Z3 fires each of OpenJML's function axioms on {@code shiftedIndex(value, E, m)}
     * itself, so KeY's form would make {@code m - 1} from it, then {@code m - 2}, without end. OpenJML's form reaches
     * {@code m - 1} through a bound {@code k} that two inequalities squeeze to it, used only where a caller names
     * {@code shiftedIndexValue(value, E, k)}; with the guard {@code k + 1 == m} Z3 would solve for {@code k} and the
     * chain would come back. {@code heap_free} (OpenJML only; what KeY's {@code strictly_pure} says) makes the
     * observer one function in every heap, which {@link #profileAt}'s loop needs (HeapFreeTest checks the claim).
     */
    /*+KeY@ public normal_behavior
      @   requires 0 <= horizon && horizon < 2147483647 && 0 <= value && 0 <= m;
      @   ensures \result == (m == 0 ? value : shiftedIndex(value, horizon, (int) (m - 1)) / (horizon + 1));
      @   ensures 0 <= \result && \result <= value;
      @   measured_by m + m;
      @   assignable \nothing;
      @*/
    /*-KeY@ public normal_behavior
      @   requires 0 <= horizon && horizon < 2147483647 && 0 <= value && 0 <= m;
      @   ensures m == 0 ==> \result == value;
      @   ensures (\forall int k; 0 <= k && k < m && m <= k + 1;
      @       \result == shiftedIndex(value, horizon, k) / (horizon + 1) : shiftedIndexValue(value, horizon, k));
      @   ensures 0 <= \result && \result <= value;
      @   measured_by m + m;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure heap_free @*/ /*+KeY@ strictly_pure @*/ int shiftedIndex(int value, int horizon, int m) {
        if (m == 0) {
            return value;
        }
        // The recursive step goes through shiftedIndexValue, whose contract names the observer
        // shiftedIndex(value, horizon, m - 1) itself: this method's own contract only says what that value is
        // in terms of m - 2, and KeY unfolds that chain without end. The measures m + m here and m + m + 1
        // there decrease along both calls.
        int rest = shiftedIndexValue(value, horizon, m - 1);
        // 0 <= rest / (E+1) <= rest, which KeY's linear arithmetic does not derive by itself.
        boolean bounded = quotientBound(rest, horizon + 1);
        return rest / (horizon + 1);
    }

    /** {@link #shiftedIndex} as a call whose contract names the observer's value (for the recursion above). */
    /*@ public normal_behavior
      @   requires 0 <= horizon && horizon < 2147483647 && 0 <= value && 0 <= m;
      @   ensures \result == shiftedIndex(value, horizon, m);
      @   measured_by m + m + 1;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure heap_free @*/ /*+KeY@ strictly_pure @*/ int shiftedIndexValue(int value, int horizon, int m) {
        return shiftedIndex(value, horizon, m);
    }

    /**
     * Lemma: {@code shiftedIndex(value, E, 0) == value} and {@code shiftedIndex(value, E, i + 1) ==
     * shiftedIndex(value, E, i) / (E+1)} for {@code 0 <= i < n}; always returns true. Calling it once, before
     * {@link #profileAt} allocates, states these facts in the pre-state heap, where profileAt's {@code \old(...)}
     * terms live (KeY has no dependency contract to move a query across the writes to the new array). OpenJML's form
     * adds {@code shiftedIndexValue}'s own equation, names {@code shiftedIndexValue(value, E, i)} in the step (so that
     * in either branch of the negated clause that term is relevant to Z3, and shiftedIndex's step fires on it: with
     * {@code shiftedIndex(value, E, i)} there, Z3 ended "unknown" on this lemma) and uses the clause only where that
     * term is named (profileAt's loop names it once per digit); on {@code shiftedIndex(value, E, i + 1)} Z3 would go
     * on with {@code i}, {@code i - 1}, ... without end.
     */
    /*+KeY@ public normal_behavior
      @   requires 0 <= horizon && horizon < 2147483647 && 0 <= value && 0 <= n;
      @   ensures \result && shiftedIndex(value, horizon, 0) == value;
      @   ensures (\forall int i; 0 <= i && i < n;
      @       shiftedIndex(value, horizon, (int) (i + 1)) == shiftedIndex(value, horizon, i) / (horizon + 1));
      @   assignable \nothing;
      @*/
    /*-KeY@ public normal_behavior
      @   requires 0 <= horizon && horizon < 2147483647 && 0 <= value && 0 <= n;
      @   ensures \result && shiftedIndex(value, horizon, 0) == value;
      @   ensures (\forall int i; 0 <= i && i < n;
      @       shiftedIndexValue(value, horizon, i) == shiftedIndex(value, horizon, i)
      @       && shiftedIndex(value, horizon, (int) (i + 1)) == shiftedIndexValue(value, horizon, i) / (horizon + 1)
      @       : shiftedIndexValue(value, horizon, i));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure heap_free @*/ /*+KeY@ strictly_pure @*/ boolean shiftedIndexSteps(int value, int horizon, int n) {
        return true; // the facts follow from shiftedIndex's contract; KeY proves them by unfolding the query
    }

    /**
     * Lemma {@code 0 <= a / b <= a} for {@code a >= 0, b >= 1}; always returns true. KeY's linear arithmetic
     * cannot derive it from the division axiom {@code b*(a/b) <= a < b*(a/b) + b} (it needs {@code b*q >= q}),
     * so a loop carries {@code q*k} as an atom for {@code k = 1..b}: {@code q*(k+1) = q*k + q} is linear.
     * Cost: {@code b} empty iterations, negligible next to the game evaluation done per profile.
     */
    /*@ public normal_behavior
      @   requires 0 <= a && 1 <= b;
      @   ensures \result && 0 <= a / b && a / b <= a;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure heap_free @*/ /*+KeY@ strictly_pure @*/ boolean quotientBound(int a, int b) {
        int k = 1;
        /*@ loop_invariant 1 <= k && k <= b
          @   && (a / b >= 0 ==> (a / b) * k >= a / b)
          @   && (a / b < 0 ==> (a / b) * k <= -k);
          @ decreases b - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes k; @*/
        while (k < b) {
            k++;
        }
        return true;
    }

    /**
     * The profile with Gambit index {@code index}: player 0's effort varies fastest, so effort {@code m} is digit
     * {@code m} of {@code index} in base {@code E+1}, and {@code index = sum_m effort[m] (E+1)^m} when
     * {@code index < (E+1)^n}. The two forms of the contract differ only in OpenJML's triggers: Java's {@code %}
     * becomes a product of {@code E+1} and a quotient in Z3, so an instance of the digit clause at every array read
     * or observer term sends Z3's nonlinear arithmetic searching. With these triggers and shiftedIndexSteps' the main
     * query is unsat under 8 of 8 seeds (at most 3.9M of the 200M budget), without them under 1 of 4.
     */
    /*+KeY@ public normal_behavior
      @   requires 0 <= n && 0 <= horizon && horizon < 2147483647 && 0 <= index;
      @   ensures \result != null && \result.length == n && \fresh(\result);
      @   ensures (\forall int m; 0 <= m && m < n; 0 <= \result[m] && \result[m] <= horizon);
      @   ensures (\forall int m; 0 <= m && m < n;
      @       \result[m] == \old(shiftedIndex(index, horizon, m)) % (horizon + 1));
      @   assignable \nothing;
      @*/
    /*-KeY@ public normal_behavior
      @   requires 0 <= n && 0 <= horizon && horizon < 2147483647 && 0 <= index;
      @   ensures \result != null && \result.length == n && \fresh(\result);
      @   ensures (\forall int m; 0 <= m && m < n; 0 <= \result[m] && \result[m] <= horizon : \result[m]);
      @   ensures (\forall int m; 0 <= m && m < n;
      @       \result[m] == \old(shiftedIndex(index, horizon, m)) % (horizon + 1) : \result[m]);
      @   assignable \nothing;
      @*/
    public static int[] profileAt(int n, int horizon, int index) {
        // shiftedIndex reads no heap, so \old(...) is its value in every state; the \old pins one heap for KeY,
        // which has no dependency contract to carry a query across the writes to effort.
        // Called before the allocation, so its facts about shiftedIndex hold in the pre-state heap that the
        // \old(...) terms below name; costs nothing at run time.
        boolean steps = shiftedIndexSteps(index, horizon, n);
        int[] effort = new int[n];
        int rest = index;
        // OpenJML's form only adds the trigger (see the contract).
        /*+KeY@ loop_invariant 0 <= i && i <= n && 0 <= rest && effort.length == n
          @   && (\forall int m; 0 <= m && m < i; 0 <= effort[m] && effort[m] <= horizon
          @       && effort[m] == \old(shiftedIndex(index, horizon, m)) % (horizon + 1));
          @ loop_writes effort[*], rest, i;
          @ decreases n - i;
          @*/
        /*-KeY@ loop_invariant 0 <= i && i <= n && 0 <= rest && effort.length == n
          @   && (\forall int m; 0 <= m && m < i; 0 <= effort[m] && effort[m] <= horizon
          @       && effort[m] == \old(shiftedIndex(index, horizon, m)) % (horizon + 1) : effort[m]);
          @ loop_writes effort[*], rest, i;
          @ decreases n - i;
          @*/
        // The same fact in both forms: OpenJML evaluates \old(..) where the loop variable i does not exist, and
        // shiftedIndex reads no heap (heap_free tells OpenJML so), so its value now is its value in the pre-state that
        // KeY's form names.
        /*+KeY@ loop_invariant rest == \old(shiftedIndex(index, horizon, i)); @*/
        /*-KeY@ loop_invariant rest == shiftedIndex(index, horizon, i); @*/
        for (int i = 0; i < n; i++) {
            // Names shiftedIndexValue(index, E, i), the term on which OpenJML's form of shiftedIndexSteps gives the step.
            /*-KeY@ assert shiftedIndexValue(index, horizon, i) == rest; @*/
            effort[i] = rest % (horizon + 1);
            // proves 0 <= rest / (E+1) <= rest (no int wrap); E+1 empty iterations, negligible next to isPne
            boolean bounded = quotientBound(rest, horizon + 1);
            rest = rest / (horizon + 1);
        }
        return effort;
    }
}
