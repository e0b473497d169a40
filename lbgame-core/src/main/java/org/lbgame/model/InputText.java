package org.lbgame.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String s = d.decode(in).toString();
      // a byte-order mark is tolerated, as some editors write one
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      int at = in.position();
      StringBuilder hex = new StringBuilder("0x");
      for (int i = at; i < Math.min(bytes.length, at + 4); i++) {
        hex.append(String.format("%02x", bytes[i] & 0xff));
      }
      throw new InvalidGameException(label, "must be valid UTF-8 (malformed bytes at offset " + at + ")", hex);
    }
  }
}
