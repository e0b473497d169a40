package org.lbgame.designer;

/** Progress of a long scan: {@code done} of {@code total} steps of the task {@code label}. */
@FunctionalInterface
public interface Progress {
  /** Silence. */
  Progress NONE = (label, done, total) -> {
  };

  /** Reports that {@code done} of {@code total} steps of {@code label} are finished ({@code done == total}: the task ended). */
  void update(String label, long done, long total);
}
