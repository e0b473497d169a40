package org.lbgame.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lbgame.kernel.AllZero;
import org.lbgame.kernel.Bounds;
import org.lbgame.kernel.Certificates;
import org.lbgame.kernel.Enumeration;
import org.lbgame.kernel.Ranking;
import org.lbgame.kernel.Validity;

/** Hand-computed kernel cases the generators do not reach: malformed tables, boundaries, a known threshold. */
class KernelEdgeCasesTest {
  // three models, head-start scores, cost 4 per step, rewards (13, 7, 0): Finding 1 of docs/properties.md
  static final long[][] S = {{2, 3, 4, 5}, {1, 2, 3, 4}, {0, 1, 2, 3}};
  static final long[][] C = {{0, 4, 8, 12}, {0, 4, 8, 12}, {0, 4, 8, 12}};
  static final long[] R = {13, 7, 0};

  @Test
  void wellFormedChecksEveryLengthAndSign() {
    assertTrue(Validity.wellFormed(S, C, R, 0, 3));
    assertTrue(Validity.wellFormed(S, C, R, 1, 2));
    assertFalse(Validity.wellFormed(S, C, R, 1, 3), "score rows one short");
    assertFalse(Validity.wellFormed(S, C, R, 0, 4), "cost rows one short");
    assertFalse(Validity.wellFormed(S, C, R, -1, 1));
    assertFalse(Validity.wellFormed(S, C, R, 0, -1));
    assertFalse(Validity.wellFormed(new long[0][], new long[0][], new long[0], 0, 0));
    assertFalse(Validity.wellFormed(S, new long[][] {C[0], C[1]}, R, 0, 1));
    assertFalse(Validity.wellFormed(S, C, new long[] {1, 0}, 0, 1));
    assertFalse(Validity.wellFormed(new long[][] {S[0], null, S[2]}, C, R, 0, 1));
    assertFalse(Validity.wellFormed(S, new long[][] {C[0], null, C[2]}, R, 0, 1));
    assertFalse(Validity.wellFormed(S, new long[][] {C[0], {0, 4, 8}, C[2]}, R, 0, 3));
    assertTrue(Validity.wellFormed(new long[][] {{0}}, new long[][] {{0}}, new long[] {0}, 0, 0));
  }

  @Test
  void rowShapesAndBounds() {
    assertFalse(Validity.rowNondecreasing(new long[] {1, 0}));
    assertTrue(Validity.rowNondecreasing(new long[] {0, 0, 1}));
    assertTrue(Validity.rowBounded(new long[] {Bounds.MAX_VALUE, -Bounds.MAX_VALUE, 0}));
    assertFalse(Validity.rowBounded(new long[] {0, Bounds.MAX_VALUE + 1}));
    assertFalse(Validity.rowBounded(new long[] {-Bounds.MAX_VALUE - 1, 0}));
    assertEquals(2, Validity.reach(new long[] {0, 1, 5}, 2));
    assertEquals(3, Validity.reach(new long[] {0, 1, 5}, 6));
  }

  @Test
  void beatsIsTheTieRule() {
    for (long sj = -2; sj <= 2; sj++) {
      for (long si = -2; si <= 2; si++) {
        for (int j = 0; j < 3; j++) {
          for (int i = 0; i < 3; i++) {
            assertEquals(sj > si || (sj == si && j < i), Ranking.beats(sj, j, si, i));
          }
        }
      }
    }
  }

  @Test
  void theShortcutCounterexampleIsDecidedByTheDefinition() {
    assertTrue(AllZero.adjacentConditionHolds(S, C, R, 0, 3));
    assertFalse(AllZero.everyJumpConditionHolds(S, C, R, 0, 3));
    assertFalse(AllZero.isAllZeroPne(S, C, R, 0, 3));
    assertEquals(3, AllZero.justOvertake(S, 0, 3, 2, 0));
    assertEquals(-1, AllZero.justOvertake(S, 0, 2, 2, 0));
    org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {2, 3}, AllZero.firstProfitableDeviation(S, C, R, 0, 3));
    // a negative cost row makes the "jump to yourself" visible: only j < k counts
    long[][] neg = {{0, 0, 0}, {-5, -5, -5}};
    assertTrue(AllZero.everyJumpConditionHolds(new long[][] {{1, 1, 1}, {0, 0, 0}}, neg, new long[] {0, 0}, 0, 2));
  }

  @Test
  void thresholdCertificateOfAKnownTauStar() {
    // model 1 needs 1 step at tau = 0 (cost 1 < gap 2) and 2 steps at tau = 1 (cost 4 >= 2): tau* = 1
    long[][] s = {{10, 12, 13, 14, 14}, {9, 11, 12, 13, 13}};
    long[][] c = {{0, 1, 4, 9}, {0, 1, 4, 9}};
    long[] r = {2, 0};
    assertFalse(AllZero.isAllZeroPne(s, c, r, 0, 3));
    assertTrue(AllZero.isAllZeroPne(s, c, r, 1, 3));
    int[][] jump = {{}, {AllZero.justOvertake(s, 1, 3, 1, 0)}};
    assertTrue(Certificates.checkThreshold(s, c, r, 1, 3, jump, 1, 1));
    assertFalse(Certificates.checkThreshold(s, c, r, 1, 3, jump, 1, 2), "e = 2 costs 4 > gain 2 at tau = 0");
    assertFalse(Certificates.checkThreshold(s, c, r, 1, 3, jump, 0, 1));
    assertTrue(Certificates.checkAllZeroPne(s, c, r, 1, 3, jump));
    assertFalse(Certificates.checkAllZeroPne(s, c, r, 1, 3, new int[][] {{}, {}}), "short jump row");
    assertFalse(Certificates.checkAllZeroPne(s, c, r, 1, 3, new int[][] {{}, null}));
    assertFalse(Certificates.checkAllZeroPne(s, c, r, 1, 3, new int[][] {{}}));
  }

  @Test
  void prop45HypothesesRejectEachBrokenOne() {
    assertTrue(Certificates.prop45Hypotheses(S, C, R, 0, 3));
    assertFalse(Certificates.prop45Hypotheses(new long[][] {{2, 1, 4, 5}, S[1], S[2]}, C, R, 0, 3), "score goes down");
    assertFalse(Certificates.prop45Hypotheses(S, new long[][] {C[0], {0, 4, 3, 12}, C[2]}, R, 0, 3), "cost goes down");
    assertFalse(Certificates.prop45Hypotheses(S, new long[][] {C[0], C[1], {1, 4, 8, 12}}, R, 0, 3), "c(0) != 0");
    assertFalse(Certificates.prop45Hypotheses(S, C, new long[] {13, 14, 0}, 0, 3), "rewards");
    assertFalse(Certificates.prop45Hypotheses(new long[][] {S[1], S[0], S[2]}, C, R, 0, 3), "C1 at tau");
    assertFalse(Certificates.prop45Hypotheses(S, C, R, 0, 4), "malformed");
    // the window only: a drop after tau + E does not matter
    assertTrue(Certificates.prop45Hypotheses(new long[][] {{2, 3, 4, 0}, S[1], S[2]}, C, R, 0, 2));
  }

  @Test
  void deviationCertificatesRejectMalformedClaims() {
    int[] zero = {0, 0, 0};
    assertTrue(Certificates.checkProfitableDeviation(S, C, R, 0, 3, zero, 2, 3));
    assertFalse(Certificates.checkProfitableDeviation(S, C, R, 0, 3, zero, 2, 4));
    assertFalse(Certificates.checkProfitableDeviation(S, C, R, 0, 3, zero, 2, -1));
    assertFalse(Certificates.checkProfitableDeviation(S, C, R, 0, 3, zero, -1, 3));
    assertFalse(Certificates.checkProfitableDeviation(S, C, R, 0, 3, zero, 3, 3));
    assertFalse(Certificates.checkProfitableDeviation(S, C, R, 0, 3, new int[] {0, 0}, 1, 3));
    assertFalse(Certificates.checkProfitableDeviation(S, C, R, 0, 3, new int[] {0, -1, 0}, 2, 3));
    assertFalse(Certificates.checkProfitableDeviation(S, C, R, 0, 3, new int[] {0, 4, 0}, 2, 3));
    // at (0, 3, 0) model 2 is first for 13 - 12 = 1; stopping gives it second place for 7
    assertTrue(Certificates.checkProfitableDeviation(S, C, R, 0, 3, new int[] {0, 3, 0}, 1, 0));
    assertFalse(Certificates.checkProfitableDeviation(S, C, R, 0, 3, new int[] {0, 3, 0}, 0, 3));
    assertFalse(Certificates.checkProfitableDeviation(S, C, R, 0, 4, zero, 2, 3), "malformed tables");
  }

  @Test
  void pneSetCertificateRejectsWrongShapes() {
    long[][] s = {{1, 2}, {0, 1}};
    long[][] c = {{0, 5}, {0, 5}};
    long[] r = {1, 0};
    int[][] only = {{0, 0}};
    assertTrue(Certificates.checkPneSet(s, c, r, 0, 1, only));
    assertFalse(Certificates.checkPneSet(s, c, r, 0, 1, new int[][] {{0}}));
    assertFalse(Certificates.checkPneSet(s, c, r, 0, 1, new int[][] {null}));
    assertFalse(Certificates.checkPneSet(s, c, r, 0, 1, new int[][] {{0, 1}}));
    assertFalse(Certificates.checkPneSet(s, c, r, 0, 1, new int[][] {}));
    assertFalse(Certificates.checkPneSet(s, c, r, 0, 2, only), "malformed");
    long[][] many = new long[21][2];
    long[][] manyCost = new long[21][2];
    assertFalse(Certificates.checkPneSet(many, manyCost, new long[21], 0, 1, new int[0][]),
        "2^21 profiles exceed the enumeration limit");
    assertEquals(-1, Enumeration.profileCount(21, 1));
    assertEquals(1 << 20, Enumeration.profileCount(20, 1));
  }
}
