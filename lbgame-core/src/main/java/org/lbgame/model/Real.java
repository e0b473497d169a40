package org.lbgame.model;

/**
 * An enclosure of a real number: a closed interval guaranteed to contain it, with arithmetic that
 * rounds outward, so every result encloses the exact result of the same formula on the real numbers.
 * Two arithmetics implement it: {@link Interval} (doubles, fast) and {@link BigInterval} (decimal
 * digits, for re-evaluating the few decisions doubles leave open). The score and cost families write
 * their formulas once against this interface.
 *
 * @param <T> the implementing arithmetic
 */
public interface Real<T extends Real<T>> {

  /** The exact point {@code v} in this arithmetic (same precision as this). */
  T constant(double v);

  /** {@code this + o}. */
  T plus(T o);

  /** {@code this - o}. */
  T minus(T o);

  /** {@code this * o}. */
  T times(T o);

  /** {@code this / o} (the whole line when {@code o} contains 0). */
  T over(T o);

  /** {@code -this}. */
  T negate();

  /** {@code e^this}. */
  T exp();

  /** {@code log(this)} (unbounded below where this reaches 0). */
  T log();

  /** {@code log(1 + this)}. */
  T log1p();

  /** {@code e^this - 1}. */
  T expm1();

  /** {@code this^p} for {@code this >= 0} and a constant {@code p > 0}. */
  T pow(double p);

  /** The pointwise maximum. */
  T max(T o);

  /** The pointwise minimum. */
  T min(T o);

  /** The smallest enclosure containing both. */
  T hull(T o);

  /** The lower end as a point. */
  T lowerEnd();

  /** The upper end as a point. */
  T upperEnd();

  /** {@code +1} if every enclosed value is {@code > 0}, {@code -1} if every one is {@code < 0}, 0 otherwise. */
  int signum();

  /** True when the enclosure is the single point 0 (an exact zero). */
  boolean isZero();

  /** {@code +1} if the enclosure lies above {@code d}, {@code -1} below it, 0 if it contains {@code d}. */
  int compareTo(double d);

  /** A double at or below every enclosed value. */
  double lower();

  /** A double at or above every enclosed value. */
  double upper();

  /** The double nearest to the middle of the enclosure. */
  double mid();

  /** The arithmetic, for reports: e.g. "double intervals" or "60-digit intervals". */
  String arithmetic();
}
