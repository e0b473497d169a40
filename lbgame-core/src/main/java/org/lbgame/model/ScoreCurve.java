package org.lbgame.model;

/**
 * A nondecreasing score curve {@code x -> f(theta, x)} of one model, total effort {@code x >= 0}.
 * Implementations are immutable. {@link #reach(double)} has a generic bracketing default
 * (Commons Math Brent solver); the families override it with their closed forms.
 */
public interface ScoreCurve {

  /** The score {@code f(theta, x)} at total effort {@code x >= 0}. */
  double value(double x);

  /** The saturated score {@code fbar(theta) = lim_{x -> inf} f(theta, x)}. */
  double saturation();

  /** The family name used in game files, e.g. {@code power-law}. */
  String family();

  /**
   * The reach inverse {@code X_theta(s) = inf{x >= 0 : f(x) >= s}}: {@code 0} at or below
   * {@code f(0)}, {@code +inf} if {@code s} is never reached.
   */
  default double reach(double s) {
    return Inverse.reach(this, s);
  }

  /**
   * The beat inverse {@code inf{x >= 0 : f(x) > s}} (differs from {@link #reach(double)} only on flat
   * pieces); {@code +inf} if no effort scores strictly above {@code s}.
   */
  default double exceed(double s) {
    return Inverse.exceed(this, s);
  }

  /**
   * An enclosure of {@code f(x)} over every total effort in {@code x >= 0}, by the family's defining
   * formula (what the independent certificate checker evaluates).
   */
  <T extends Real<T>> T value(T x);

  /**
   * An enclosure of the distance to the ceiling {@code fbar - f(x)} over every total effort in
   * {@code x >= 0}, computed in a form that keeps its digits near the ceiling (never {@code fbar - f}).
   */
  <T extends Real<T>> T gap(T x);

  /**
   * An enclosure of the least total effort at which the distance to the ceiling falls strictly
   * below {@code g} ({@code strict}: {@code f(x) > fbar - g}) or to {@code g} ({@code f(x) >= fbar - g}),
   * over every {@code g} in the enclosure; an enclosure of {@code +inf} when that never happens.
   */
  <T extends Real<T>> T reachGap(T g, boolean strict);

  /** {@code fbar - f(x)} in doubles, without cancellation where the family allows it. */
  default double gap(double x) {
    return saturation() - value(x);
  }

  /** The double estimate of {@link #reachGap(Real, boolean)} at a point. */
  default double reachGap(double g, boolean strict) {
    double s = saturation() - g;
    return strict ? exceed(s) : reach(s);
  }

  /** True when the curve is strictly increasing and continuous, so that reach and exceed coincide below saturation. */
  default boolean strictlyIncreasing() {
    return false;
  }
}
