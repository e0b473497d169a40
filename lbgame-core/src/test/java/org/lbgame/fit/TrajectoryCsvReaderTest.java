package org.lbgame.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TrajectoryCsvReaderTest {
  private static TrajectorySet read(String csv) throws IOException {
    return TrajectoryCsvReader.read(new StringReader(csv), "t.csv");
  }

  private static InvalidTrajectoryException bad(String csv) {
    return assertThrows(InvalidTrajectoryException.class, () -> read(csv));
  }

  @Test
  void readsModelsStrongestFirstWithSortedSteps() throws IOException {
    TrajectorySet s = read("# synthetic\nmodel,capability,steps,score,stderr\n"
        + "small,1,10,0.6,0.01\nbig,7,0,0.7,\nsmall,1,0,0.5,0.02\nbig,7,10,0.8,0.01\n");
    assertEquals(2, s.size());
    assertEquals("big", s.get(0).model());
    assertEquals("small", s.get(1).model());
    assertEquals(0.0, s.get(1).points().get(0).steps());
    assertEquals(0.5, s.get(1).points().get(0).score());
    assertEquals(0.02, s.get(1).points().get(0).stderr());
    assertTrue(Double.isNaN(s.get(0).points().get(0).stderr()));
    // line numbers count the comment and header lines: small@0 is the 5th line of the file
    assertEquals(5, s.get(1).points().get(0).line());
  }

  @Test
  void orderColumnOneIsStrongest() throws IOException {
    TrajectorySet s = read("model,order,steps,score\nb,2,0,0.5\na,1,0,0.7\nb,2,5,0.6\na,1,5,0.8\n");
    assertEquals("a", s.get(0).model());
  }

  @Test
  void badScoreNamesFileLineFieldRuleAndValue() {
    InvalidTrajectoryException e = bad("model,capability,steps,score\n# c\n\nm,1,0,0.5\nm,1,3,abc\n");
    assertEquals("t.csv", e.file());
    assertEquals(5, e.line());
    assertEquals("score", e.field());
    assertEquals("abc", e.value());
    assertEquals("t.csv:5: score: must be a decimal number (e.g. 0.75, -1e-3) (got abc)", e.getMessage());
  }

  @Test
  void everyRuleIsEnforced() {
    assertEquals("steps", bad("model,capability,steps,score\nm,1,-1,0.5\n").field());
    assertEquals("capability", bad("model,capability,steps,score\nm,1,0,0.5\nm,2,1,0.5\n").field());
    assertEquals(3, bad("model,capability,steps,score\nm,1,0,0.5\nm,2,1,0.5\n").line());
    assertEquals("steps", bad("model,capability,steps,score\nm,1,0,0.5\nm,1,0,0.6\n").field());
    assertEquals("capability", bad("model,capability,steps,score\nm,1,0,0.5\nn,1,0,0.6\n").field());
    assertEquals("score", bad("model,capability,steps\nm,1,0\n").field());
    assertEquals("capability", bad("model,steps,score\nm,0,0.5\n").field());
    assertEquals("record", bad("model,capability,steps,score\nm,1,0\n").field());
    assertEquals("order", bad("model,order,steps,score\nm,0,0,0.5\n").field());
    assertEquals("score", bad("model,capability,steps,score\nm,1,0,NaN\n").field());
    assertEquals("model", bad("model,capability,steps,score\n,1,0,0.5\n").field());
    assertEquals("stderr", bad("model,capability,steps,score,stderr\nm,1,0,0.5,-0.1\n").field());
    assertEquals("record", bad("model,capability,steps,score\n").field());
  }
}
