package org.lbgame.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Checks that plot files exist and are valid: PNG by magic bytes and ImageIO, SVG as XML with an svg root. */
public final class PlotFiles {
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private PlotFiles() {
  }

  /** Asserts {@code dir/stem.png} and {@code dir/stem.svg} are valid. */
  public static void assertValid(Path dir, String stem) throws Exception {
    Path png = dir.resolve(stem + ".png");
    Path svg = dir.resolve(stem + ".svg");
    assertTrue(Files.isRegularFile(png), png + " exists");
    assertTrue(Files.isRegularFile(svg), svg + " exists");
    byte[] bytes = Files.readAllBytes(png);
    assertArrayEquals(PNG_MAGIC, Arrays.copyOf(bytes, 8), "PNG signature of " + png);
    assertNotNull(ImageIO.read(png.toFile()), "ImageIO decodes " + png);
    assertTrue(ImageIO.read(png.toFile()).getWidth() > 100);
    assertSvg(svg);
  }

  private static void assertSvg(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // never fetch the DTD the SVG may name: offline and safe
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document d = f.newDocumentBuilder().parse(svg.toFile());
    assertEquals("svg", d.getDocumentElement().getLocalName());
    try {
      assertTrue(Files.size(svg) > 1000);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
