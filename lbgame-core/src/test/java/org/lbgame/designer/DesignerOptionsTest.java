package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Designer;
import org.lbgame.model.InvalidGameException;

/** The option syntax of the audit's designer section, against hand-written reward vectors and costs. */
class DesignerOptionsTest {
  @Test
  void rewardSchemesGiveTheHandWrittenVectors() {
    assertArrayEquals(new double[] {1, 0, 0}, DesignerOptions.rewards("winner-take-all").apply(3).values(), 0);
    assertArrayEquals(new double[] {1, 1, 0, 0}, DesignerOptions.rewards("top:2").apply(4).values(), 0);
    assertArrayEquals(new double[] {1, 0.5, 1.0 / 3}, DesignerOptions.rewards("reciprocal").apply(3).values(), 0);
    assertArrayEquals(new double[] {1, 0.5, 0.25}, DesignerOptions.rewards("geometric:0.5").apply(3).values(), 0);
    assertArrayEquals(new double[] {1, 0.5, 0}, DesignerOptions.rewards("linear").apply(3).values(), 0);
    assertArrayEquals(new double[] {3, 2, 2, 0}, DesignerOptions.rewards("3,2,2,0").apply(4).values(), 0);
  }

  @Test
  void costsAndDesigner() {
    CostFunction lin = DesignerOptions.cost("--cost", "linear:1e-5");
    assertEquals(0.5, lin.cost(50000), 1e-15);
    CostFunction pow = DesignerOptions.cost("--cost", "power:2:1.5");
    assertEquals(16, pow.cost(4), 1e-12);
    Designer d = DesignerOptions.designer(10.0, "0.01");
    assertEquals(10, d.reward(), 0);
    assertEquals(30, d.kappa().cost(3000), 1e-9);
    assertNull(DesignerOptions.designer(null, null));
  }

  @Test
  void errorsNameTheOptionTheRuleAndTheValue() {
    InvalidGameException e = assertThrows(InvalidGameException.class, () -> DesignerOptions.cost("--cost", "linear:-2"));
    assertEquals("--cost: kappa must be >= 0 (got -2)", e.getMessage());
    e = assertThrows(InvalidGameException.class, () -> DesignerOptions.rewards("top:5").apply(3));
    assertEquals("--rewards", e.field());
    assertTrue(e.getMessage().contains("1..3") && e.getMessage().contains("(got 5)"), e.getMessage());
    e = assertThrows(InvalidGameException.class, () -> DesignerOptions.rewards("geometric:Infinity"));
    assertEquals("--rewards", e.field());
    e = assertThrows(InvalidGameException.class, () -> DesignerOptions.rewards("1,0.5").apply(3));
    assertTrue(e.getMessage().contains("one reward per fitted model (3)"), e.getMessage());
    e = assertThrows(InvalidGameException.class, () -> DesignerOptions.designer(10.0, "power:1"));
    assertEquals("--designer-kappa", e.field());
    e = assertThrows(InvalidGameException.class, () -> DesignerOptions.designer(-1.0, "0.01"));
    assertEquals("--designer-r", e.field());
  }
}
