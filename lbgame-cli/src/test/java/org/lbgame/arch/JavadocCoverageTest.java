package org.lbgame.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public type, constructor, method and field of the four artifacts' main sources has a Javadoc comment (the
 * public API is documented; javadoc's doclint, run by {@code mvn verify}, checks the comments' syntax). Members
 * that override or implement a documented supertype member inherit its comment.
 */
class JavadocCoverageTest {
  private static final List<Path> SOURCES = List.of(Path.of("lbgame-kernel/src/main/java"),
      Path.of("lbgame-core/src/main/java"), Path.of("lbgame-testkit/src/main/java"), Path.of("lbgame-cli/src/main/java"));

  @Test
  void everyPublicDeclarationHasAComment() throws IOException {
    List<String> missing = new ArrayList<>();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      List<Path> files = new ArrayList<>();
      for (Path root : SOURCES) {
        try (Stream<Path> s = Files.walk(root)) {
          files.addAll(s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList()));
        }
      }
      assertTrue(files.size() > 100, "sources found: " + files.size());
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      JavacTask task = (JavacTask) javac.getTask(null, fm, d -> { }, List.of("-proc:none"), null, units);
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        new Scanner(docs, unit, missing).scan(unit, null);
      }
    }
    assertEquals(List.of(), missing, missing.size() + " public declarations without a Javadoc comment");
  }

  @Test
  void theScannerFindsAnUndocumentedMember() throws IOException {
    Path dir = Files.createTempDirectory("jdcov");
    Path f = dir.resolve("A.java");
    Files.writeString(f, "/** A. */ public class A { public int undocumented() { return 0; } /** Doc. */ public A() {} }");
    List<String> missing = new ArrayList<>();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      JavacTask task = (JavacTask) javac.getTask(null, fm, d -> { }, List.of("-proc:none"), null,
          fm.getJavaFileObjectsFromPaths(List.of(f)));
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        new Scanner(docs, unit, missing).scan(unit, null);
      }
    }
    assertEquals(1, missing.size(), missing.toString());
    assertTrue(missing.get(0).contains("undocumented"), missing.toString());
  }

  /** Walks public declarations of public (or nested public) types. */
  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final DocTrees docs;
    private final CompilationUnitTree unit;
    private final List<String> missing;

    Scanner(DocTrees docs, CompilationUnitTree unit, List<String> missing) {
      this.docs = docs;
      this.unit = unit;
      this.missing = missing;
    }

    private void require(Tree tree, String what) {
      if (docs.getDocCommentTree(new TreePath(getCurrentPath(), tree)) == null
          && docs.getDocCommentTree(getCurrentPath()) == null) {
        long line = unit.getLineMap().getLineNumber(docs.getSourcePositions().getStartPosition(unit, tree));
        missing.add(Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line + " " + what);
      }
    }

    private boolean exposed(ModifiersTree mods) {
      if (!mods.getFlags().contains(Modifier.PUBLIC) && !inInterface()) {
        return false;
      }
      for (TreePath p = getCurrentPath().getParentPath(); p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof ClassTree) {
          ClassTree c = (ClassTree) p.getLeaf();
          TreePath outer = p.getParentPath();
          boolean inPublicInterface = outer != null && outer.getLeaf() instanceof ClassTree
              && outer.getLeaf().getKind() == Tree.Kind.INTERFACE;
          if (!c.getModifiers().getFlags().contains(Modifier.PUBLIC) && !inPublicInterface) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean inInterface() {
      TreePath p = getCurrentPath().getParentPath();
      return p != null && p.getLeaf() instanceof ClassTree
          && (p.getLeaf().getKind() == Tree.Kind.INTERFACE || p.getLeaf().getKind() == Tree.Kind.ANNOTATION_TYPE);
    }

    @Override
    public Void visitClass(ClassTree c, Void v) {
      if (exposed(c.getModifiers())) {
        require(c, "type " + c.getSimpleName());
      }
      return super.visitClass(c, v);
    }

    @Override
    public Void visitMethod(MethodTree m, Void v) {
      boolean override = m.getModifiers().getAnnotations().stream()
          .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
      boolean implicit = m.getName().contentEquals("<init>")
          && docs.getSourcePositions().getEndPosition(unit, m) < 0;
      if (!override && !implicit && exposed(m.getModifiers())) {
        require(m, "method " + m.getName());
      }
      return null;
    }

    @Override
    public Void visitVariable(VariableTree f, Void v) {
      TreePath parent = getCurrentPath().getParentPath();
      if (parent != null && parent.getLeaf() instanceof ClassTree && exposed(f.getModifiers())) {
        require(f, "field " + f.getName());
      }
      return null;
    }
  }
}
