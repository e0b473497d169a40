package org.lbgame.gen;

import java.util.Objects;
import org.lbgame.model.Game;

/** A generated game with the TbT level {@code tau} and effort horizon {@code E} a property is checked at. */
public final class GameCase {
  private final Game game;
  private final int tau;
  private final int horizon;

  private GameCase(Game game, int tau, int horizon) {
    this.game = game;
    this.tau = tau;
    this.horizon = horizon;
  }

  /** The case of {@code game} at {@code tau >= 0} with horizon {@code E >= 0}. */
  public static GameCase of(Game game, int tau, int horizon) {
    Objects.requireNonNull(game, "game");
    if (tau < 0 || horizon < 0) {
      throw new IllegalArgumentException("tau and horizon must be >= 0, got " + tau + ", " + horizon);
    }
    return new GameCase(game, tau, horizon);
  }

  /** The game. */
  public Game game() {
    return game;
  }

  /** TbT level {@code tau} (total effort steps applied to every model). */
  public int tau() {
    return tau;
  }

  /** Effort horizon {@code E} (extra effort {@code 0..E} in the discrete game). */
  public int horizon() {
    return horizon;
  }

  /** This case with another game. */
  public GameCase withGame(Game g) {
    return of(g, tau, horizon);
  }

  /** This case at another {@code tau}. */
  public GameCase withTau(int t) {
    return of(game, t, horizon);
  }

  /** This case with another horizon. */
  public GameCase withHorizon(int e) {
    return of(game, tau, e);
  }

  /** The game as a ready-to-run JSON file (schema {@code lbgame/1}), tau and horizon in its description. */
  public String toJson() {
    return GameFiles.write(game.withDescription(game.name().isEmpty() ? "generated" : game.name(),
        "tau=" + tau + " horizon=" + horizon + (game.description().isEmpty() ? "" : "; " + game.description())));
  }

  @Override
  public String toString() {
    return toJson();
  }
}
