package org.lbgame.solve;

/** What the solver establishes about the follower game at one TbT level. */
public enum Verdict {
  /** All-zero is a PNE and, by Thm 4.6 (hypotheses checked), the only one. */
  UNIQUE_PNE("all-zero is the unique PNE"),
  /** All-zero is a PNE and another PNE was found and verified (e.g. costless effort under a cost flat at zero). */
  PNE_NOT_UNIQUE("all-zero is a PNE but not unique"),
  /** All-zero is a PNE by definition; uniqueness rests on hypotheses that fail. */
  PNE_UNIQUENESS_NOT_ESTABLISHED("all-zero is a PNE; uniqueness is not established"),
  /** A deviation from all-zero pays and, by Thm 4.6 (hypotheses checked), no PNE exists. */
  NO_PNE("no PNE exists"),
  /** A deviation from all-zero pays; whether some other PNE exists rests on hypotheses that fail. */
  ALL_ZERO_NOT_PNE("all-zero is not a PNE; whether another PNE exists is not established"),
  /** Some margin's enclosure contains 0 even in high precision, and no decided margin settles the question. */
  UNDECIDED("undecided within precision");

  /** The reason printed with {@link #PNE_NOT_UNIQUE} when the other equilibrium comes from costless effort. */
  public static final String FLAT_COST = "cost flat at zero: costless effort gives other equilibria";

  private final String sentence;

  Verdict(String sentence) {
    this.sentence = sentence;
  }

  /** The verdict as printed. */
  public String sentence() {
    return sentence;
  }
}
