package org.lbgame.cli;

/** Entry point of the lbgame command-line tool. */
public final class Main {
  private Main() {
  }

  /** Runs the command line. */
  public static void main(String[] args) {
    System.out.println("lbgame");
  }
}
