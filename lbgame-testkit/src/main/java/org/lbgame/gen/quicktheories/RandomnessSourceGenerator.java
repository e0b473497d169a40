package org.lbgame.gen.quicktheories;

import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} that draws every value from a QuickTheories {@link RandomnessSource} with
 * the range as its constraint, so that QuickTheories shrinks each draw towards the range's origin
 * (where the generators put the simplest choice).
 */
final class RandomnessSourceGenerator implements RandomGenerator {
  private static final double DOUBLE_UNIT = 0x1.0p-53;
  private final RandomnessSource source;

  RandomnessSourceGenerator(RandomnessSource source) {
    this.source = source;
  }

  @Override
  public long nextLong() {
    return source.next(Constraint.none());
  }

  @Override
  public int nextInt() {
    return (int) source.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE).withShrinkPoint(0));
  }

  @Override
  public int nextInt(int bound) {
    return nextInt(0, bound);
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("bound must be greater than origin");
    }
    return (int) source.next(Constraint.between(origin, (long) bound - 1).withShrinkPoint(origin));
  }

  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("bound must be greater than origin");
    }
    return source.next(Constraint.between(origin, bound - 1).withShrinkPoint(origin));
  }

  @Override
  public boolean nextBoolean() {
    return source.next(Constraint.between(0, 1).withShrinkPoint(0)) == 1;
  }

  @Override
  public double nextDouble() {
    return source.next(Constraint.between(0, (1L << 53) - 1).withShrinkPoint(0)) * DOUBLE_UNIT;
  }

  @Override
  public double nextDouble(double origin, double bound) {
    return origin + nextDouble() * (bound - origin);
  }
}
