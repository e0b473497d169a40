package org.lbgame.model;

/** One competing model: a name, its latent capability {@code theta} and its score curve {@code f(theta, .)}. */
public final class Model {
  /** Longest model name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 256;

  private final String name;
  private final double capability;
  private final ScoreCurve curve;

  private Model(String name, double capability, ScoreCurve curve) {
    this.name = name;
    this.capability = capability;
    this.curve = curve;
  }

  /**
   * The model {@code name} with capability {@code theta} and score curve {@code curve}; the name is non-blank,
   * at most {@link #MAX_NAME_LENGTH} characters and free of control characters.
   */
  public static Model of(String name, double capability, ScoreCurve curve) {
    if (name == null || name.isBlank()) {
      throw new InvalidGameException("name", "must be a non-empty string", name == null ? "null" : "\"" + name + "\"");
    }
    if (name.length() > MAX_NAME_LENGTH || hasControl(name)) {
      // a 1 MB name made every table, plot and message of the game that large
      throw new InvalidGameException("name", "must be at most " + MAX_NAME_LENGTH
          + " characters without control characters", "\"" + name + "\"");
    }
    Require.finite("capability", capability);
    if (curve == null) {
      throw new InvalidGameException("score", "is required", "null");
    }
    return new Model(name, capability, curve);
  }

  private static boolean hasControl(String name) {
    // a plain loop: the stream it replaces allocated four objects per model (10^6-model games)
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The model's name. */
  public String name() {
    return name;
  }

  /** Latent capability {@code theta}. */
  public double capability() {
    return capability;
  }

  /** Score curve {@code f(theta, .)}. */
  public ScoreCurve curve() {
    return curve;
  }
}
