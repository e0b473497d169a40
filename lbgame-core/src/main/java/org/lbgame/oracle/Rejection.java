package org.lbgame.oracle;

/** Thrown inside the checker to stop at the first failed step with its reason (never escapes the package). */
final class Rejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Rejection(String reason) {
    super(reason, null, false, false);
  }
}
