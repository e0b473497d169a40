package org.lbgame.model;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * big-math's {@code exp} and {@code log} remembered per thread for the most recent arguments. Where doubles do not
 * decide, the same argument comes back many times (the logit {@code log(x0 + tau)} of every rival at the same level,
 * both ends of a point interval), and one 72-digit series costs as much as thousands of double operations.
 */
final class BigMathMemo {
  /** Entries kept per thread and function: enough for the rivals of one leaderboard level and its deviations. */
  static final int CAPACITY = 1024;

  private static final ThreadLocal<Map<Key, BigDecimal>> LOG = ThreadLocal.withInitial(BigMathMemo::lru);
  private static final ThreadLocal<Map<Key, BigDecimal>> EXP = ThreadLocal.withInitial(BigMathMemo::lru);

  private BigMathMemo() {
  }

  /** {@code log(x)} to {@code mc}, as {@link BigDecimalMath#log(BigDecimal, MathContext)} gives it. */
  static BigDecimal log(BigDecimal x, MathContext mc) {
    return LOG.get().computeIfAbsent(new Key(x, mc), k -> BigDecimalMath.log(x, mc));
  }

  /** {@code exp(x)} to {@code mc}, as {@link BigDecimalMath#exp(BigDecimal, MathContext)} gives it. */
  static BigDecimal exp(BigDecimal x, MathContext mc) {
    return EXP.get().computeIfAbsent(new Key(x, mc), k -> BigDecimalMath.exp(x, mc));
  }

  private static Map<Key, BigDecimal> lru() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, BigDecimal> eldest) {
        return size() > CAPACITY;
      }
    };
  }

  /** An argument and its context; BigDecimal equality includes the scale, which only costs a miss. */
  private record Key(BigDecimal x, MathContext mc) {
  }
}
