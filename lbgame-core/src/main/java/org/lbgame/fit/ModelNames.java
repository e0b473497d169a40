package org.lbgame.fit;

import java.util.Collection;
import java.util.List;

/** Names of models read from a directory as a user writes them in options: the full identifier or its last segment. */
final class ModelNames {
  private ModelNames() {
  }

  /** The model among {@code models} that {@code name} denotes; an error naming {@code option} when none or several. */
  static String resolve(String name, Collection<String> models, String option) {
    if (models.contains(name)) {
      return name;
    }
    List<String> hits = models.stream().filter(m -> CheckpointName.baseName(m).equals(CheckpointName.baseName(name)))
        .toList();
    if (hits.size() == 1) {
      return hits.get(0);
    }
    throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, option, hits.isEmpty()
        ? "must name a model read (full name or last path segment; models: " + String.join(", ", models) + ")"
        : "names several models (" + String.join(", ", hits) + "); give the full name", name);
  }
}
