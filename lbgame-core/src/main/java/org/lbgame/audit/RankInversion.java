package org.lbgame.audit;

/**
 * A pair ranked against the size order on one task: the larger model scores no better than the smaller one
 * (scores oriented so that larger is better); {@code withinNoise} when the gap is within two combined SEs.
 */
public record RankInversion(String larger, String smaller, double largerScore, double smallerScore,
    boolean withinNoise) {

  /** The unordered identity of the pair, to compare inversions before and after TbT. */
  public String key() {
    return larger + " | " + smaller;
  }
}
