package org.lbgame.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of an input file, read the one strict way every reader shares: an existing regular file, at most
 * {@link #MAX_BYTES} bytes, valid UTF-8 (a leading byte-order mark is dropped). Every failure is an
 * {@link InvalidGameException} naming the input.
 */
public final class InputText {
  /** Largest input file read, in bytes (512 MiB). */
  public static final long MAX_BYTES = 512L << 20;

  private InputText() {
  }

  /** The text of {@code file}; {@code label} names it in errors (e.g. {@code GAME.json}). */
  public static String read(Path file, String label) {
    check(file, label);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      throw new InvalidGameException(label, "must be a readable file", file + " (" + e.getMessage() + ")");
    }
    return utf8(bytes, label);
  }

  /** Checks that {@code file} is an existing regular file of at most {@link #MAX_BYTES} bytes. */
  public static void check(Path file, String label) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new InvalidGameException(label, "must be an existing, readable file", file);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new InvalidGameException(label, "must be at most " + MAX_BYTES + " bytes", file);
      }
    } catch (IOException | SecurityException e) {
      throw new InvalidGameException(label, "must be a readable file", file + " (" + e.getMessage() + ")");
    }
  }

  /** {@code bytes} decoded as UTF-8; a malformed sequence is an error naming its byte offset. */
  public static String utf8(byte[] bytes, String label) {
    CharsetDecoder d = decoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String s = d.decode(in).toString();
      // a byte-order mark is tolerated, as some editors write one
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw malformed(label, in.position(), bytes, in.position(), bytes.length);
    }
  }

  /**
   * Checks, reading {@code file} in blocks (its size never in memory), that it is valid UTF-8; the error is
   * exactly {@link #utf8}'s on the file's bytes. For streaming readers, which decode as they parse and so may
   * meet a syntax error before the malformed bytes that {@link #read} reports first.
   */
  public static void requireUtf8(Path file, String label) {
    CharsetDecoder d = decoder();
    byte[] a = new byte[1 << 16];
    ByteBuffer in = ByteBuffer.wrap(a, 0, 0);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long base = 0;
    boolean eof = false;
    try (InputStream s = Files.newInputStream(file)) {
      while (true) {
        // the undecoded tail moves to the front of the block and the block is filled up again
        int rest = in.remaining();
        System.arraycopy(a, in.position(), a, 0, rest);
        base += in.position();
        int n = eof ? 0 : s.readNBytes(a, rest, a.length - rest);
        eof |= rest + n < a.length;
        in.position(0).limit(rest + n);
        out.clear();
        CoderResult r = d.decode(in, out, eof);
        if (r.isError()) {
          // the value shows up to 4 bytes from the malformed one, as utf8 does: they may be still unread
          int have = in.remaining();
          System.arraycopy(a, in.position(), a, 0, have);
          int more = eof || have >= 4 ? 0 : s.readNBytes(a, have, 4 - have);
          throw malformed(label, base + in.position(), a, 0, have + more);
        }
        if (eof && r.isUnderflow()) {
          return;
        }
      }
    } catch (IOException | SecurityException e) {
      throw new InvalidGameException(label, "must be a readable file", file + " (" + e.getMessage() + ")");
    }
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The error for malformed bytes at file offset {@code offset}, the bytes {@code b[at..end)} following. */
  private static InvalidGameException malformed(String label, long offset, byte[] b, int at, int end) {
    StringBuilder hex = new StringBuilder("0x");
    for (int i = at; i < Math.min(end, at + 4); i++) {
      hex.append(String.format("%02x", b[i] & 0xff));
    }
    return new InvalidGameException(label, "must be valid UTF-8 (malformed bytes at offset " + offset + ")", hex);
  }
}
