package org.lbgame.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * A strict scanner over the bytes of a game file of the usual shape, straight into {@link PowerLawColumns}:
 * power-law models on one common scale, the game's other fields in plain form. It accepts a strict subset of
 * what the exact reader ({@link GameReader}) accepts and gives the very game that reader gives; anything else
 * (any byte outside printable ASCII in a string, an escape, another score family or scale, an unknown or
 * repeated key, a rule a value breaks, malformed JSON, content after the game) makes it answer null, and the
 * exact reader then reads the document and reports what is wrong with its own message. Numbers follow JSON's
 * grammar and convert as Jackson converts them: an integer literal of up to 18 digits exactly through
 * {@code long} (so {@code -0} is {@code 0.0}), anything else with Jackson's correctly rounded parser
 * ({@code NumberInput.parseDouble}, the doubles of {@link Double#parseDouble}).
 * The small fields (cost, a non-explicit rewards object, the designer) are cut out as text and read by the
 * strict parser and {@link GameJson}'s own rules.
 */
final class ColumnarReader extends JsonBytes {
  private static final byte[][] ROOT_KEYS = keys("schema", "name", "description", "models", "cost", "costScale",
      "rewards", "tie", "designer");
  private static final byte[][] MODEL_KEYS = keys("name", "capability", "score");
  private static final byte[][] SCORE_KEYS = keys("family", "a", "b", "floor", "ceiling", "offset");
  private static final byte[][] REWARD_KEYS = keys("scheme", "values");
  private static final byte[] POWER_LAW = PowerLawCurve.FAMILY.getBytes(StandardCharsets.US_ASCII);

  private final int splitAbove;

  // the models' columns while they are read
  private int n;
  private byte[] names;
  private int[] nameStart;
  private double[] capability;
  private double[] a;
  private double[] b;
  private long floorBits;
  private long ceilingBits;
  private long offsetBits;

  private ColumnarReader(byte[] buf, int from, int to, int splitAbove) {
    super(buf, from, to);
    this.splitAbove = splitAbove;
  }

  /** The game in {@code buf[from, to)}, or null when it is not of the usual shape (the exact reader decides). */
  static Game read(byte[] buf, int from, int to) {
    return read(buf, from, to, SPLIT_ABOVE);
  }

  /** As {@link #read(byte[], int, int)}, the models read in two halves when the text is over {@code splitAbove} bytes. */
  static Game read(byte[] buf, int from, int to, int splitAbove) {
    try {
      return new ColumnarReader(buf, from, to, splitAbove).game();
    } catch (RuntimeException e) {
      // the shape is unusual or a rule fails: the exact reader reads the document and names it
      return null;
    }
  }

  private Game game() {
    ws();
    expect('{');
    String schema = null;
    String name = "";
    String description = "";
    String tie = null;
    JsonNode cost = null;
    JsonNode rewards = null;
    JsonNode designer = null;
    double[] rewardValues = null;
    double[] costScale = null;
    boolean models = false;
    int seen = 0;
    do {
      ws();
      int k = key(ROOT_KEYS);
      require((seen & (1 << k)) == 0);
      seen |= 1 << k;
      ws();
      switch (k) {
        case 0:
          schema = string();
          break;
        case 1:
          name = string();
          break;
        case 2:
          description = string();
          break;
        case 3:
          models();
          models = true;
          break;
        case 4:
          cost = slice();
          break;
        case 5:
          costScale = numbers(n);
          break;
        case 6:
          int at = pos;
          rewardValues = explicitRewards();
          if (rewardValues == null) {
            pos = at;
            rewards = slice();
          }
          break;
        case 7:
          tie = string();
          break;
        default:
          designer = slice();
          break;
      }
      ws();
    } while (next() == ',');
    require(buf[pos - 1] == '}');
    ws();
    require(pos == end);
    require(GameJson.SCHEMA.equals(schema) && models && cost != null && (rewards != null || rewardValues != null));
    require(name.length() <= Model.MAX_NAME_LENGTH && description.length() <= GameJson.MAX_DESCRIPTION_LENGTH);
    PowerLawColumns cols = PowerLawColumns.of(n, trim(names, nameStart[n]), trim(nameStart, n + 1), trim(capability, n),
        trim(a, n), trim(b, n), Double.longBitsToDouble(floorBits), Double.longBitsToDouble(ceilingBits),
        Double.longBitsToDouble(offsetBits));
    CostFunction c = GameJson.cost(JsonObject.of(cost, "cost"));
    Rewards r = rewardValues != null ? Rewards.explicit(rewardValues)
        : GameJson.rewards(JsonObject.of(rewards, "rewards"), n);
    Game g = Game.of(cols, c, r).withDescription(name, description);
    if (costScale != null) {
      g = g.withCostScale(costScale);
    }
    if (tie != null) {
      g = g.withTieRule(TieRule.fromLabel(tie));
    }
    if (designer != null && !designer.isNull()) {
      JsonObject d = JsonObject.of(designer, "designer").only("R", "kappa");
      g = g.withDesigner(Designer.of(d.number("R"), GameJson.cost(d.object("kappa"))));
    }
    return g;
  }

  private void models() {
    expect('[');
    // the first part a little shorter: this pass also reads what follows the models (rewards) and checks the rules
    int split = end - pos > splitAbove ? splitPoint(pos + (int) ((end - pos) * 0.45)) : -1;
    allocate(((split > 0 ? split : end) - pos) / 128);
    // the second half of a large array on the other core, from a model's start; it counts only if this pass,
    // which reads the document in order, arrives exactly there at the start of a model
    CompletableFuture<ColumnarReader> second = split < 0 ? null : CompletableFuture.supplyAsync(() -> {
      ColumnarReader r = new ColumnarReader(buf, split, end, splitAbove);
      r.allocate((end - split) / 128);
      r.modelsUpToTheEnd();
      return r;
    });
    do {
      ws();
      if (pos == split) {
        ColumnarReader r = result(second);
        if (r != null) {
          append(r);
          pos = r.pos;
          return;
        }
      }
      model();
      ws();
    } while (next() == ',');
    require(buf[pos - 1] == ']' && n > 0);
  }

  /** Documents above this many bytes read their models in two halves, one per core. */
  private static final int SPLIT_ABOVE = 1 << 23;

  /**
   * A place where a model seems to start at or after {@code from}: a {@code '{'} whose previous non-blank byte is
   * a comma (the model's reader checks it), or -1.
   */
  private int splitPoint(int from) {
    for (int i = from; i < end; i++) {
      if (buf[i] == '{') {
        int j = i - 1;
        while (j > from && (buf[j] == ' ' || buf[j] == '\n' || buf[j] == '\r' || buf[j] == '\t')) {
          j--;
        }
        if (buf[j] == ',') {
          return i;
        }
      }
    }
    return -1;
  }

  /** The other half's reader, or null when it found the text unusual there (this pass then reads on). */
  private static ColumnarReader result(CompletableFuture<ColumnarReader> f) {
    try {
      return f.join();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The models from {@code pos} to the end of their array. */
  private void modelsUpToTheEnd() {
    do {
      ws();
      model();
      ws();
    } while (next() == ',');
    require(buf[pos - 1] == ']');
  }

  private void allocate(int guess) {
    int m = Math.max(16, guess);
    names = new byte[m * 8];
    nameStart = new int[m + 1];
    capability = new double[m];
    a = new double[m];
    b = new double[m];
  }

  /** Appends the models {@code r} read (on the same common scale). */
  private void append(ColumnarReader r) {
    if (n == 0) {
      floorBits = r.floorBits;
      ceilingBits = r.ceilingBits;
      offsetBits = r.offsetBits;
    } else {
      require(r.n == 0 || (r.floorBits == floorBits && r.ceilingBits == ceilingBits && r.offsetBits == offsetBits));
    }
    int m = n + r.n;
    capability = Arrays.copyOf(capability, m);
    a = Arrays.copyOf(a, m);
    b = Arrays.copyOf(b, m);
    System.arraycopy(r.capability, 0, capability, n, r.n);
    System.arraycopy(r.a, 0, a, n, r.n);
    System.arraycopy(r.b, 0, b, n, r.n);
    int bytes = nameStart[n];
    names = Arrays.copyOf(names, bytes + r.nameStart[r.n]);
    System.arraycopy(r.names, 0, names, bytes, r.nameStart[r.n]);
    nameStart = Arrays.copyOf(nameStart, m + 1);
    for (int i = 1; i <= r.n; i++) {
      nameStart[n + i] = bytes + r.nameStart[i];
    }
    n = m;
  }

  /** One model object, appended to the columns. */
  private void model() {
    if (n == capability.length) {
      int m = 2 * n;
      nameStart = Arrays.copyOf(nameStart, m + 1);
      capability = Arrays.copyOf(capability, m);
      a = Arrays.copyOf(a, m);
      b = Arrays.copyOf(b, m);
    }
    expect('{');
    int seen = 0;
    do {
      ws();
      int k = key(MODEL_KEYS);
      require((seen & (1 << k)) == 0);
      seen |= 1 << k;
      ws();
      if (k == 0) {
        name();
      } else if (k == 1) {
        capability[n] = number();
      } else {
        score();
      }
      ws();
    } while (next() == ',');
    require(buf[pos - 1] == '}' && seen == 7);
    n++;
  }

  /** The model's name: printable ASCII without escapes, appended to the name bytes. */
  private void name() {
    int from = stringBytes();
    int len = pos - 1 - from;
    int at = nameStart[n];
    if (at + len > names.length) {
      names = Arrays.copyOf(names, Math.max(2 * names.length, at + len));
    }
    System.arraycopy(buf, from, names, at, len);
    nameStart[n + 1] = at + len;
  }

  private void score() {
    expect('{');
    int seen = 0;
    double offset = 1;
    double floor = 0;
    double ceiling = 0;
    do {
      ws();
      int k = key(SCORE_KEYS);
      require((seen & (1 << k)) == 0);
      seen |= 1 << k;
      ws();
      switch (k) {
        case 0:
          family();
          break;
        case 1:
          a[n] = number();
          break;
        case 2:
          b[n] = number();
          break;
        case 3:
          floor = number();
          break;
        case 4:
          ceiling = number();
          break;
        default:
          offset = number();
          break;
      }
      ws();
    } while (next() == ',');
    require(buf[pos - 1] == '}' && (seen & 31) == 31);
    // one common scale, bit for bit (-0.0 and 0.0 differ when printed)
    long fb = Double.doubleToRawLongBits(floor);
    long cb = Double.doubleToRawLongBits(ceiling);
    long ob = Double.doubleToRawLongBits(offset);
    if (n == 0) {
      floorBits = fb;
      ceilingBits = cb;
      offsetBits = ob;
    } else {
      require(fb == floorBits && cb == ceilingBits && ob == offsetBits);
    }
  }

  private void family() {
    expect('"');
    require(pos + POWER_LAW.length < end);
    for (byte c : POWER_LAW) {
      require(buf[pos++] == c);
    }
    expect('"');
  }

  /** {@code {"scheme": "explicit", "values": [...]}} in either order, or null (the caller reads it as a tree). */
  private double[] explicitRewards() {
    try {
      expect('{');
      int seen = 0;
      double[] values = null;
      do {
        ws();
        int k = key(REWARD_KEYS);
        require((seen & (1 << k)) == 0);
        seen |= 1 << k;
        ws();
        if (k == 0) {
          require(string().equals("explicit"));
        } else {
          values = numbers(n);
        }
        ws();
      } while (next() == ',');
      require(buf[pos - 1] == '}' && seen == 3);
      return values;
    } catch (RuntimeException e) {
      return null;
    }
  }

}
