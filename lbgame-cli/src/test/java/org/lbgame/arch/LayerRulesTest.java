package org.lbgame.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers import only downward: model, then kernel, then solve, then designer/fit/audit/oracle/plot/stats, then
 * cli; the testkit's generators sit beside cli. Checked on the compiled main classes of every module.
 */
class LayerRulesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.lbgame");
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void kernelUsesOnlyTheJdkLangAndArrays() {
    check(noClasses().that().resideInAPackage("org.lbgame.kernel..").should().dependOnClassesThat()
        .resideOutsideOfPackages("org.lbgame.kernel..", "java.lang..", "java.util")
        .because("KeY and OpenJML read the kernel alone, in a Java subset without library code"));
  }

  @Test
  void modelImportsNoOtherLayer() {
    check(noClasses().that().resideInAPackage("org.lbgame.model..").should().dependOnClassesThat()
        .resideInAnyPackage("org.lbgame.kernel..", "org.lbgame.solve..", "org.lbgame.designer..", "org.lbgame.fit..",
            "org.lbgame.audit..", "org.lbgame.oracle..", "org.lbgame.plot..", "org.lbgame.stats..", "org.lbgame.cli..",
            "org.lbgame.gen.."));
  }

  @Test
  void solveImportsOnlyModelAndKernel() {
    check(noClasses().that().resideInAPackage("org.lbgame.solve..").should().dependOnClassesThat()
        .resideInAnyPackage("org.lbgame.designer..", "org.lbgame.fit..", "org.lbgame.audit..", "org.lbgame.oracle..",
            "org.lbgame.plot..", "org.lbgame.stats..", "org.lbgame.cli..", "org.lbgame.gen.."));
  }

  @Test
  void libraryLayersDoNotImportTheCommandLineOrTheTestkit() {
    check(noClasses().that().resideInAnyPackage("org.lbgame.designer..", "org.lbgame.fit..", "org.lbgame.audit..",
            "org.lbgame.oracle..", "org.lbgame.plot..", "org.lbgame.stats..")
        .should().dependOnClassesThat().resideInAnyPackage("org.lbgame.cli..", "org.lbgame.gen.."));
  }

  @Test
  void statsAndPlotUseNothingAboveTheModel() {
    check(noClasses().that().resideInAnyPackage("org.lbgame.stats..", "org.lbgame.plot..").should()
        .dependOnClassesThat().resideInAnyPackage("org.lbgame.kernel..", "org.lbgame.solve..",
            "org.lbgame.designer..", "org.lbgame.fit..", "org.lbgame.audit..", "org.lbgame.oracle.."));
  }

  @Test
  void testkitDoesNotImportTheCommandLine() {
    check(noClasses().that().resideInAPackage("org.lbgame.gen..").should().dependOnClassesThat()
        .resideInAPackage("org.lbgame.cli.."));
  }
}
