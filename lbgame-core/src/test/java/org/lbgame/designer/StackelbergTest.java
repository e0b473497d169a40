package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lbgame.model.Designer;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.LinearCost;

/** The designer's choice on the Qwen-like example, with hand-computed utilities. */
class StackelbergTest {
  private final Game qwen = GameJson.read(Path.of("examples/qwen25-winogrande.json"));

  @Test
  void stabilizesWhenTheRewardExceedsTheCost() {
    ThresholdResult r = ContinuousThreshold.of(qwen);
    StackelbergChoice s = Stackelberg.choose(qwen, r, DeltaCurve.grid(3000, 30));
    assertTrue(s.stabilizes());
    assertEquals(r.tauStar(), s.tau());
    assertEquals(100 - 5 * 0.001 * r.tauStar(), s.utility(), 1e-12);
    assertEquals(5, s.effort().length);
    for (double e : s.effort()) {
      assertEquals(0, e);
    }
    // smooth variant: at tau* the ranking is the capability order (Kendall 1); at tau = 0 it is not
    SmoothPoint at0 = s.smooth().get(0);
    assertEquals(0, at0.tau());
    assertFalse(at0.pne());
    assertEquals(independentKendall(at0.ranking()), at0.kendall(), 1e-15);
    assertTrue(at0.kendall() < 1);
    for (SmoothPoint p : s.smooth()) {
      if (p.tau() >= r.tauStar() * (1 + 1e-9)) {
        assertTrue(p.pne(), "tau = " + p.tau());
        assertEquals(1, p.kendall());
        assertEquals(100 - 5 * 0.001 * p.tau(), p.smoothUtility(), 1e-9);
      }
    }
    assertEquals(r.tauStar(), s.smoothBest().tau(), 1e-9 * r.tauStar());
  }

  @Test
  void prefersNotToStabilizeWhenTooExpensive() {
    Game g = qwen.withDesigner(Designer.of(1, LinearCost.of(0.001)));
    ThresholdResult r = ContinuousThreshold.of(g);
    StackelbergChoice s = Stackelberg.choose(g, r, null);
    assertFalse(s.stabilizes());
    assertEquals(0, s.tau());
    assertNull(s.effort(), "no PNE at tau = 0");
    assertEquals(1 - 5 * 0.001 * r.tauStar(), s.stabilizingUtility(), 1e-12);
    assertTrue(s.atZero().contains("no PNE"));
    assertTrue(String.join(" ", s.explanation()).contains("prefers tau = 0"));
  }

  @Test
  void designerIsRequired() {
    Game g = qwen.withDesigner(null);
    InvalidGameException e = assertThrows(InvalidGameException.class,
        () -> Stackelberg.choose(g, ContinuousThreshold.of(g), null));
    assertEquals("designer", e.field());
  }

  /** Kendall's tau between "ranked r-th" and capability (index order) for a permutation: (C - D) / pairs. */
  static double independentKendall(int[] ranking) {
    int n = ranking.length;
    int[] pos = new int[n];
    for (int r = 0; r < n; r++) {
      pos[ranking[r]] = r;
    }
    int c = 0;
    int d = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (pos[i] < pos[j]) {
          c++;
        } else {
          d++;
        }
      }
    }
    return (c - d) / (n * (n - 1) / 2.0);
  }
}
