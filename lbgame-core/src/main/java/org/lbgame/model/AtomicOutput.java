package org.lbgame.model;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * All-or-nothing output of a command: files are written into a staging area next to the target and moved
 * into place only by {@link #commit()}, after every one of them was written. A failure anywhere, before or
 * during the moves, leaves the target exactly as it was: no new file, no changed file (replaced files are
 * kept aside and restored). An unusable target (an existing file where a folder is needed, a missing parent
 * folder, a folder that cannot be written) is an {@link InvalidGameException} on the option naming it.
 *
 * <p>A new folder is staged as a hidden sibling and renamed into place in one step; into an existing folder
 * the files are moved one by one, with rollback. Use it in try-with-resources: closing without a commit
 * removes the staging area.
 */
public final class AtomicOutput implements AutoCloseable {
  private final Path target;
  private final String option;
  private final boolean single;
  private final Path staging;
  private final Set<String> names = new LinkedHashSet<>();
  private boolean done;

  private AtomicOutput(Path target, String option, boolean single, Path staging) {
    this.target = target;
    this.option = option;
    this.single = single;
    this.staging = staging;
  }

  /** Output into the folder {@code dir} (created if absent; its parent must exist); {@code option} names it. */
  public static AtomicOutput folder(Path dir, String option) {
    Path t = checkFolder(dir, option);
    try {
      Path parent = Files.isDirectory(t) ? t : t.getParent();
      return new AtomicOutput(t, option, false, Files.createTempDirectory(parent, ".lbgame-staging-"));
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      throw unusable(option, "must be in a writable folder", t, e);
    }
  }

  /** Output of one file {@code file} (replaced if present; its folder must exist); {@code option} names it. */
  public static AtomicOutput file(Path file, String option) {
    Path t = absolute(file, option);
    if (Files.isDirectory(t)) {
      throw new InvalidGameException(option, "must name a file, not an existing folder", file);
    }
    requireParent(t, file, option);
    try {
      return new AtomicOutput(t, option, true, Files.createTempDirectory(t.getParent(), ".lbgame-staging-"));
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      throw unusable(option, "must be in a writable folder", t, e);
    }
  }

  /**
   * Checks that {@code dir} can be an output folder (not an existing file, parent folder present) without
   * creating anything; returns it as an absolute path. Commands that compute long call it first.
   */
  public static Path checkFolder(Path dir, String option) {
    Path t = absolute(dir, option);
    if (Files.exists(t, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(t)) {
      throw new InvalidGameException(option, "must be a folder, not an existing file", dir);
    }
    requireParent(t, dir, option);
    return t;
  }

  private static Path absolute(Path p, String option) {
    try {
      Path t = p.toAbsolutePath().normalize();
      if (t.getParent() == null) {
        throw new InvalidGameException(option, "must not be the root folder", p);
      }
      return t;
    } catch (java.io.IOError | SecurityException e) {
      throw new InvalidGameException(option, "must be a usable path", p);
    }
  }

  private static void requireParent(Path t, Path given, String option) {
    if (!Files.isDirectory(t.getParent())) {
      throw new InvalidGameException(option, "must be in an existing folder (" + t.getParent() + " is missing)", given);
    }
  }

  private static InvalidGameException unusable(String option, String rule, Path t, Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
        + e.getMessage();
    return new InvalidGameException(option, rule + " (" + Excerpt.of(why, 120) + ")", t);
  }

  /** The final path of the output (the folder, or the single file). */
  public Path target() {
    return target;
  }

  /**
   * Where to write the file {@code relative} (a path inside the folder; for a single file, its own name):
   * a path in the staging area, its parent folders created. For writers that stream.
   */
  public Path stage(String relative) {
    Path p = staging.resolve(single ? "file" : relative).normalize();
    if (!p.startsWith(staging) || p.equals(staging)) {
      throw new IllegalArgumentException("output name outside its folder: " + relative);
    }
    try {
      Files.createDirectories(p.getParent());
    } catch (IOException e) {
      throw unusable(option, "must be writable", target, e);
    }
    names.add(single ? target.getFileName().toString() : relative);
    return p;
  }

  /** Writes {@code bytes} as the file {@code relative} into the staging area. */
  public AtomicOutput write(String relative, byte[] bytes) {
    Path p = stage(relative);
    try {
      Files.write(p, bytes);
    } catch (IOException e) {
      throw unusable(option, "must be writable", target, e);
    }
    return this;
  }

  /** Names of the files staged so far, in order. */
  public List<String> names() {
    return List.copyOf(names);
  }

  /** Moves every staged file into place, all or nothing. */
  public void commit() {
    if (done) {
      throw new IllegalStateException("already committed or closed");
    }
    try {
      if (single) {
        move(staging.resolve("file"), target, true);
      } else if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        move(staging, target, false);
        done = true;
        return;
      } else {
        mergeInto(target);
      }
    } catch (IOException | SecurityException e) {
      throw unusable(option, "must be writable", target, e);
    } finally {
      if (!done) {
        close();
      }
    }
    done = true;
    delete(staging);
  }

  /** Moves the staged files into the existing folder one by one; on failure undoes every move. */
  private void mergeInto(Path dir) throws IOException {
    List<String> files = new ArrayList<>(names);
    for (String r : files) {
      Path d = dir.resolve(r);
      for (Path q = d; !q.equals(dir); q = q.getParent()) {
        if (Files.exists(q, LinkOption.NOFOLLOW_LINKS) && (q.equals(d) ? Files.isDirectory(q) : !Files.isDirectory(q))) {
          throw new IOException(dir.relativize(q) + " is in the way (" + (Files.isDirectory(q) ? "a folder" : "a file") + ")");
        }
      }
    }
    Path backup = Files.createDirectory(staging.resolve(".replaced"));
    Deque<Runnable> undo = new ArrayDeque<>();
    try {
      for (String r : files) {
        Path d = dir.resolve(r);
        Deque<Path> made = new ArrayDeque<>();
        for (Path q = d.getParent(); !Files.exists(q); q = q.getParent()) {
          made.push(q);
        }
        Files.createDirectories(d.getParent());
        // outermost first, so that undoing removes the innermost folder before its parent
        for (Path q : made) {
          undo.push(() -> deleteQuietly(q));
        }
        if (Files.exists(d, LinkOption.NOFOLLOW_LINKS)) {
          Path keep = backup.resolve(Integer.toString(undo.size()));
          move(d, keep, false);
          undo.push(() -> moveQuietly(keep, d));
        }
        move(staging.resolve(r), d, false);
        undo.push(() -> deleteQuietly(d));
      }
    } catch (IOException | RuntimeException e) {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
      throw e;
    }
  }

  private static void move(Path from, Path to, boolean replace) throws IOException {
    try {
      if (replace) {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (AtomicMoveNotSupportedException e) {
      if (replace) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to);
      }
    }
  }

  private static void moveQuietly(Path from, Path to) {
    try {
      Files.deleteIfExists(to);
      move(from, to, false);
    } catch (IOException e) {
      // nothing more can be done: the backup stays in the staging area, which is then kept
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a folder still in use by something else stays
    }
  }

  /** Removes the staging area unless it was committed. */
  @Override
  public void close() {
    if (!done) {
      done = true;
      delete(staging);
    }
  }

  private static void delete(Path p) {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
        for (Path c : s) {
          delete(c);
        }
      } catch (IOException e) {
        return;
      }
    }
    deleteQuietly(p);
  }
}
