import java.lang.classfile.*;
import java.lang.classfile.attribute.*;
import java.lang.constant.*;
import java.lang.reflect.AccessFlag;
import java.nio.file.*;

/** Puts back, in an exploded JDK 25 java.base, the JDK 21 form (as in the JDK 21 fork's source,
 *  the OpenJML checkout's OpenJML21/src/java.base) of the declarations that OpenJML's JDK 21 specifications
 *  (the Specs checkout's specs folder) name and JDK 25 changed:
 *  java.lang.Class(ClassLoader, Class<?>), AtomicLong.VMSupportsCS8(), CharSequence without the JDK 25 default
 *  getChars, non-final java.lang.reflect.Modifier, java.lang.Package, java.lang.Runtime, java.util.Collections,
 *  java.util.concurrent.locks.LockSupport and java.io.OptionalDataException, Thread.suspend()/resume()/
 *  countStackFrames(), and SimpleDateFormat's private format(Date, StringBuffer, Format.FieldDelegate). */
public class Jdk21Form {
    static final ClassFile CF = ClassFile.of();
    static Path base;

    interface Edit { byte[] apply(ClassModel cm); }

    static void edit(String cls, Edit e) throws Exception {
        Path p = base.resolve(cls + ".class");
        byte[] out = e.apply(CF.parse(p));
        Files.write(p, out);
        System.out.println("rewrote " + cls);
    }

    static byte[] clearFinal(ClassModel cm) {
        return CF.transformClass(cm, (cb, ce) -> {
            if (ce instanceof AccessFlags af) cb.withFlags(af.flagsMask() & ~ClassFile.ACC_FINAL);
            else cb.with(ce);
        });
    }

    public static void main(String[] a) throws Exception {
        base = Path.of(a[0]);
        edit("java/lang/reflect/Modifier", Jdk21Form::clearFinal);
        edit("java/lang/Package", Jdk21Form::clearFinal);
        edit("java/util/concurrent/atomic/AtomicLong", cm -> CF.transformClass(cm,
            ClassTransform.endHandler(cb -> cb.withMethod("VMSupportsCS8", MethodTypeDesc.of(ConstantDescs.CD_boolean),
                ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_NATIVE, mb -> {}))));
        edit("java/lang/Class", cm -> CF.transformClass(cm,
            ClassTransform.endHandler(cb -> cb.withMethod("<init>",
                MethodTypeDesc.of(ConstantDescs.CD_void, ClassDesc.of("java.lang.ClassLoader"), ConstantDescs.CD_Class),
                ClassFile.ACC_PRIVATE, mb -> mb
                    .with(SignatureAttribute.of(MethodSignature.parseFrom("(Ljava/lang/ClassLoader;Ljava/lang/Class<*>;)V")))
                    .withCode(c -> c.aload(0).invokespecial(ConstantDescs.CD_Object, "<init>", ConstantDescs.MTD_void).return_())))));
        edit("java/lang/CharSequence", cm -> CF.transformClass(cm, ClassTransform.dropping(ce ->
            ce instanceof MethodModel mm && mm.methodName().equalsString("getChars"))));
        for (String c : new String[] {"java/lang/Runtime", "java/util/Collections",
                "java/util/concurrent/locks/LockSupport", "java/io/OptionalDataException"})
            edit(c, Jdk21Form::clearFinal);
        edit("java/lang/Thread", cm -> CF.transformClass(cm, ClassTransform.endHandler(cb -> {
            cb.withMethod("suspend", ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL, Jdk21Form::throwsUoe);
            cb.withMethod("resume", ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL, Jdk21Form::throwsUoe);
            cb.withMethod("countStackFrames", MethodTypeDesc.of(ConstantDescs.CD_int), ClassFile.ACC_PUBLIC, Jdk21Form::throwsUoe);
        })));
        ClassDesc sb = ClassDesc.of("java.lang.StringBuffer");
        edit("java/text/SimpleDateFormat", cm -> CF.transformClass(cm, ClassTransform.endHandler(cb ->
            cb.withMethod("format", MethodTypeDesc.of(sb, ClassDesc.of("java.util.Date"), sb, ClassDesc.of("java.text.Format$FieldDelegate")),
                ClassFile.ACC_PRIVATE, Jdk21Form::throwsUoe))));
    }

    static void throwsUoe(MethodBuilder mb) {
        ClassDesc uoe = ClassDesc.of("java.lang.UnsupportedOperationException");
        mb.withCode(c -> c.new_(uoe).dup().invokespecial(uoe, "<init>", ConstantDescs.MTD_void).athrow());
    }
}
