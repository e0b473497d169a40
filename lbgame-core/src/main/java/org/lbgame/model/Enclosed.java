package org.lbgame.model;

/**
 * A formula written once against {@link Real} and evaluated where its sign is decided: in double intervals, then,
 * when they contain 0 without being exactly 0, in {@link BigInterval#DIGITS}-digit intervals. The hypothesis
 * checks decide their analytic conditions with it, so a verdict never rests on a rounded sign.
 */
final class Enclosed {
  /** A formula in any arithmetic; {@code one} is the exact point 1 of that arithmetic (for its constants). */
  interface Formula {
    /** The enclosure of the formula's value in the arithmetic of {@code one}. */
    <T extends Real<T>> T at(T one);
  }

  private Enclosed() {
  }

  /** The enclosure of {@code f}: in doubles when their sign is decided (or exactly 0), otherwise in high precision. */
  static Real<?> of(Formula f) {
    Interval d = f.at(Interval.of(1));
    if (d.signum() != 0 || d.isZero()) {
      return d;
    }
    return f.at(BigInterval.of(1, BigInterval.DIGITS));
  }
}
