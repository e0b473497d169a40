import java.nio.file.*;
import java.io.IOException;
/** Sets every class file under a directory to the given major version (minor 0). */
public class SetVersion {
    public static void main(String[] a) throws IOException {
        int major = Integer.parseInt(a[1]);
        int[] n = {0};
        try (var s = Files.walk(Path.of(a[0]))) {
            s.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                try {
                    byte[] b = Files.readAllBytes(p);
                    if ((b[0] & 0xff) != 0xCA || (b[1] & 0xff) != 0xFE) throw new IOException("not a class: " + p);
                    b[4] = 0; b[5] = 0; b[6] = (byte) (major >> 8); b[7] = (byte) major;
                    Files.write(p, b); n[0]++;
                } catch (IOException e) { throw new RuntimeException(e); }
            });
        }
        System.out.println(n[0] + " class files set to version " + major);
    }
}
