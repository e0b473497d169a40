package org.lbgame.designer;

import org.lbgame.model.BigInterval;
import org.lbgame.model.Interval;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Real;

/**
 * How {@code Delta_k(tau)} behaves as {@code tau -> inf} for two power laws with a common ceiling
 * {@code U} but any floors, offsets and slopes (the pairs without SPEC's closed form). Near the
 * ceiling {@code U - f(x) ~ (U - L) e^{-a} x^{-b}}, so the weaker model must reach
 * {@code (x0_k + tau + Delta)^{b_k} ~ R^{b_k} (x0_{k-1} + tau)^{b_{k-1}}} with
 * {@code log R^{b} = log(U - L_k) - log(U - L_{k-1}) + a_{k-1} - a_k} when the slopes are equal:
 * {@code Delta} grows without bound when {@code b_k < b_{k-1}}, or the slopes are equal and
 * {@code R > 1}; it tends to 0 when {@code b_k > b_{k-1}} or {@code R < 1}; and when the curves
 * differ only by their offsets it is exactly {@code x0_{k-1} - x0_k} at every {@code tau}. The sign of
 * {@code log R} is decided in interval arithmetic ({@link BigInterval#DIGITS} digits where doubles
 * do not decide).
 */
final class PowerLawTail {
  /** The tail's behaviour. */
  enum Kind {
    /** {@code Delta_k(tau) -> inf}: a finite threshold exists for any finite required effort. */
    UNBOUNDED,
    /** {@code Delta_k(tau) -> 0}: the weaker model eventually overtakes for free. */
    VANISHING,
    /** {@code Delta_k(tau) = max(0, x0_{k-1} - x0_k)} at every {@code tau}. */
    CONSTANT,
    /** The sign of {@code log R} is not decided within precision. */
    UNDECIDED
  }

  final Kind kind;
  final String reason;

  private PowerLawTail(Kind kind, String reason) {
    this.kind = kind;
    this.reason = reason;
  }

  /** The tail of the pair (stronger {@code s}, weaker {@code w}); null unless both are power laws with one ceiling. */
  static PowerLawTail of(Object s, Object w) {
    if (!(s instanceof PowerLawCurve) || !(w instanceof PowerLawCurve)) {
      return null;
    }
    PowerLawCurve p = (PowerLawCurve) s;
    PowerLawCurve q = (PowerLawCurve) w;
    if (p.ceiling() != q.ceiling()) {
      return null;
    }
    if (q.b() < p.b()) {
      return new PowerLawTail(Kind.UNBOUNDED, "b_k = " + q.b() + " < b_{k-1} = " + p.b() + ": near the common ceiling"
          + " Delta_k(tau) grows like tau^(b_{k-1}/b_k) without bound");
    }
    if (q.b() > p.b()) {
      return new PowerLawTail(Kind.VANISHING, "b_k = " + q.b() + " > b_{k-1} = " + p.b() + ": near the common ceiling"
          + " the weaker model learns faster, so Delta_k(tau) -> 0 as tau -> inf");
    }
    if (p.a() == q.a() && p.floor() == q.floor()) {
      double d = Math.max(0, p.offset() - q.offset());
      return new PowerLawTail(Kind.CONSTANT, "equal a, b, floor and ceiling: the curves differ by a shift of effort,"
          + " so Delta_k(tau) = max(0, x0_{k-1} - x0_k) = " + d + " at every tau");
    }
    int sign = logR(p, q, Interval.of(0));
    String arithmetic = "double intervals";
    if (sign == 0) {
      sign = logR(p, q, BigInterval.of(0, BigInterval.DIGITS));
      arithmetic = BigInterval.DIGITS + "-digit intervals";
    }
    String r = "equal slopes b = " + p.b() + ": log R = log(U - L_k) - log(U - L_{k-1}) + a_{k-1} - a_k = "
        + (Math.log((q.ceiling() - q.floor()) / (p.ceiling() - p.floor())) + (p.a() - q.a())) + " (sign proved in "
        + arithmetic + ")";
    if (sign > 0) {
      return new PowerLawTail(Kind.UNBOUNDED, r + " > 0: Delta_k(tau) grows like (R - 1) tau without bound");
    }
    if (sign < 0) {
      return new PowerLawTail(Kind.VANISHING, r + " < 0: Delta_k(tau) -> 0 as tau -> inf");
    }
    return new PowerLawTail(Kind.UNDECIDED, r + ": its sign is not decided within precision");
  }

  private static <T extends Real<T>> int logR(PowerLawCurve p, PowerLawCurve q, T z) {
    T u = z.constant(p.ceiling());
    T v = u.minus(z.constant(q.floor())).log().minus(u.minus(z.constant(p.floor())).log())
        .plus(z.constant(p.a())).minus(z.constant(q.a()));
    return v.signum();
  }
}
