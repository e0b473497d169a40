package org.lbgame.gen;

import java.util.List;

/** Proposes simpler variants of a value (fewer models, fewer steps, rounder numbers), simplest first. */
@FunctionalInterface
public interface Shrinker<T> {
  /** Candidates strictly simpler than {@code value}; may be empty. */
  List<T> candidates(T value);
}
