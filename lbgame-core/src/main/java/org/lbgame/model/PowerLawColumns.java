package org.lbgame.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The models of a game whose curves are all power laws on one common scale (floor {@code L}, ceiling
 * {@code U}, offset {@code x0}), in primitive columns: names, capabilities {@code theta_i}, intercepts
 * {@code a_i} and slopes {@code b_i}. A game of 10^6 models read this way holds a few arrays instead of
 * three objects per model; {@link Game#model} makes a model's object on first use. Built by the columnar
 * reader only; every rule {@link Model#of}, {@link PowerLawCurve#of} and {@link Game#of} check holds.
 */
public final class PowerLawColumns {
  private final byte[] names;
  private final int[] nameStart;
  private final double[] capability;
  private final double[] a;
  private final double[] b;
  private final double floor;
  private final double ceiling;
  private final double offset;

  private PowerLawColumns(byte[] names, int[] nameStart, double[] capability, double[] a, double[] b, double floor,
      double ceiling, double offset) {
    this.names = names;
    this.nameStart = nameStart;
    this.capability = capability;
    this.a = a;
    this.b = b;
    this.floor = floor;
    this.ceiling = ceiling;
    this.offset = offset;
  }

  /**
   * The columns of {@code n} models, names the printable-ASCII bytes {@code names[nameStart[i] ..
   * nameStart[i+1])}; the arrays are taken, not copied. Throws {@link InvalidGameException} when a rule of a
   * model or of the game fails (the reader then reads the document on the exact path, which names it).
   */
  static PowerLawColumns of(int n, byte[] names, int[] nameStart, double[] capability, double[] a, double[] b,
      double floor, double ceiling, double offset) {
    if (n < 1) {
      throw new InvalidGameException("models", "must list at least one model", "0 models");
    }
    // the rules of PowerLawCurve.of, on the common scale once
    PowerLawCurve.of(0, 1, floor, ceiling, offset);
    int[] hash = new int[n];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(capability[i]) || !Double.isFinite(a[i]) || !(b[i] > 0) || !Double.isFinite(b[i])) {
        throw new InvalidGameException("models[" + i + "]", "must have a finite capability and intercept and a"
            + " positive slope", i);
      }
      if (i > 0 && !(capability[i] < capability[i - 1])) {
        throw new InvalidGameException("models[" + i + "].capability", "must be strictly decreasing", capability[i]);
      }
      int len = nameStart[i + 1] - nameStart[i];
      boolean blank = true;
      int h = 0;
      for (int k = nameStart[i]; k < nameStart[i + 1]; k++) {
        int c = names[k];
        if (c < 0x20 || c > 0x7e) {
          throw new InvalidGameException("models[" + i + "].name", "must be printable ASCII here", i);
        }
        blank &= c == ' ';
        h = 31 * h + c;
      }
      if (blank || len > Model.MAX_NAME_LENGTH) {
        throw new InvalidGameException("models[" + i + "].name", "must be a non-blank name", i);
      }
      hash[i] = h;
    }
    requireUniqueNames(n, names, nameStart, hash);
    return new PowerLawColumns(names, nameStart, capability, a, b, floor, ceiling, offset);
  }

  /**
   * Names are equal strings exactly when their ASCII bytes are equal: an open-addressing set of indices, each
   * slot holding the name's hash beside its index so that the names themselves are compared only when the
   * hashes are equal.
   */
  private static void requireUniqueNames(int n, byte[] names, int[] start, int[] hash) {
    int size = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
    long[] slot = new long[size];
    int mask = size - 1;
    for (int i = 0; i < n; i++) {
      int h = hash[i];
      for (int s = ((h ^ (h >>> 16)) * 0x9E3779B9) & mask;; s = (s + 1) & mask) {
        long e = slot[s];
        if (e == 0) {
          slot[s] = ((long) h << 32) | (i + 1L);
          break;
        }
        if ((int) (e >>> 32) == h && sameName(names, start, i, (int) e - 1)) {
          throw new InvalidGameException("models[" + i + "].name", "must be unique", i);
        }
      }
    }
  }

  private static boolean sameName(byte[] names, int[] start, int i, int j) {
    int len = start[i + 1] - start[i];
    if (len != start[j + 1] - start[j]) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (names[start[i] + k] != names[start[j] + k]) {
        return false;
      }
    }
    return true;
  }

  /** Number of models {@code n}. */
  public int size() {
    return capability.length;
  }

  /** Capability {@code theta_i}. */
  public double capability(int i) {
    return capability[i];
  }

  /** Logit intercept {@code a_i}. */
  public double a(int i) {
    return a[i];
  }

  /** Learning efficiency {@code b_i}. */
  public double b(int i) {
    return b[i];
  }

  /** The common floor {@code L}. */
  public double floor() {
    return floor;
  }

  /** The common ceiling {@code U}. */
  public double ceiling() {
    return ceiling;
  }

  /** The common offset {@code x0}. */
  public double offset() {
    return offset;
  }

  /** Model {@code i}'s name. */
  public String name(int i) {
    return new String(names, nameStart[i], nameStart[i + 1] - nameStart[i], StandardCharsets.ISO_8859_1);
  }

  /** Model {@code i}'s curve, made now. */
  public PowerLawCurve curve(int i) {
    return PowerLawCurve.of(a[i], b[i], floor, ceiling, offset);
  }

  /** Model {@code i}, made now. */
  Model model(int i) {
    return Model.of(name(i), capability[i], curve(i));
  }

  /** The models as a list whose objects are made on first use and then kept. */
  java.util.List<Model> asList() {
    return new Models(this);
  }

  /** The list view: a model's object is made once, on first access (models are immutable). */
  private static final class Models extends AbstractList<Model> implements RandomAccess {
    private final PowerLawColumns columns;
    private final Model[] made;

    Models(PowerLawColumns columns) {
      this.columns = columns;
      this.made = new Model[columns.size()];
    }

    @Override
    public Model get(int i) {
      Model m = made[i];
      if (m == null) {
        // a race makes two equal immutable objects at worst
        m = columns.model(i);
        made[i] = m;
      }
      return m;
    }

    @Override
    public int size() {
      return made.length;
    }
  }
}
