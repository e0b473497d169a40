package org.lbgame.designer;

import java.io.PrintStream;

/** A one-line text progress bar on a terminal's stderr; silent when stderr is not a terminal. */
public final class ProgressBar implements Progress {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private int shown = -1;

  private ProgressBar(PrintStream err) {
    this.err = err;
  }

  /** A bar on {@code System.err} when the process has a console, {@link Progress#NONE} otherwise. */
  public static Progress forTerminal() {
    return System.console() != null ? new ProgressBar(System.err) : Progress.NONE;
  }

  @Override
  public void update(String label, long done, long total) {
    int pct = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
    if (pct == shown && done < total) {
      return;
    }
    shown = pct;
    int fill = pct * WIDTH / 100;
    StringBuilder b = new StringBuilder("\r").append(label).append(" [");
    for (int i = 0; i < WIDTH; i++) {
      b.append(i < fill ? '#' : '.');
    }
    b.append("] ").append(pct).append('%');
    if (done >= total) {
      b.append('\n');
      shown = -1;
    }
    err.print(b);
    err.flush();
  }
}
