/**
 * JUnit 5 sources of generated games for a plain {@code @ParameterizedTest}: {@link org.lbgame.gen.junit.GameCases}
 * and {@link org.lbgame.gen.junit.TableGames}. Needs {@code junit-jupiter-params} on the test class path (an optional
 * dependency of the testkit).
 */
package org.lbgame.gen.junit;
