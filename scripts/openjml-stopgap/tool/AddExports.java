import java.lang.classfile.*;
import java.lang.classfile.attribute.*;
import java.lang.constant.*;
import java.nio.file.*;
import java.util.*;

/** Rewrites a module-info.class: adds unqualified exports (and packages) for the given package names. */
public class AddExports {
    public static void main(String[] a) throws Exception {
        Path in = Path.of(a[0]), out = Path.of(a[1]);
        List<String> pkgs = Arrays.asList(a).subList(2, a.length);
        ClassFile cf = ClassFile.of();
        ClassModel cm = cf.parse(in);
        byte[] b = cf.transformClass(cm, (cb, ce) -> {
            if (ce instanceof ModuleAttribute ma) {
                List<ModuleExportInfo> ex = new ArrayList<>(ma.exports());
                for (String p : pkgs) ex.add(ModuleExportInfo.of(PackageDesc.of(p), 0));
                cb.with(ModuleAttribute.of(ma.moduleName(), ma.moduleFlagsMask(), ma.moduleVersion().orElse(null),
                        ma.requires(), ex, ma.opens(), ma.uses(), ma.provides()));
            } else if (ce instanceof ModulePackagesAttribute mp) {
                List<PackageDesc> ps = new ArrayList<>();
                for (var e : mp.packages()) ps.add(PackageDesc.of(e.name().stringValue().replace('/', '.')));
                for (String p : pkgs) ps.add(PackageDesc.of(p));
                cb.with(ModulePackagesAttribute.ofNames(ps));
            } else cb.with(ce);
        });
        Files.write(out, b);
    }
}
