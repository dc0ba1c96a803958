package com.balancerstudio;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN.md true: who may use whom, and where JavaFX and AWT may appear. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.balancerstudio");

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("model").definedBy("com.balancerstudio.model..")
                .layer("edit").definedBy("com.balancerstudio.edit..")
                .layer("rules").definedBy("com.balancerstudio.rules..")
                .layer("sim").definedBy("com.balancerstudio.sim..")
                .layer("io").definedBy("com.balancerstudio.io..")
                .layer("render").definedBy("com.balancerstudio.render..")
                .layer("export").definedBy("com.balancerstudio.export..")
                .layer("importing").definedBy("com.balancerstudio.importing..")
                .layer("cli").definedBy("com.balancerstudio.cli..")
                .layer("ui").definedBy("com.balancerstudio.ui..")
                .layer("main").definedBy("com.balancerstudio")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("main")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("main")
                .whereLayer("sim").mayOnlyBeAccessedByLayers("cli", "ui", "render")
                .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "ui", "export")
                .whereLayer("export").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("importing").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("importing").mayOnlyAccessLayers("model", "rules")
                .whereLayer("render").mayOnlyBeAccessedByLayers("export", "ui")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("cli", "ui", "render", "export", "sim", "importing")
                .whereLayer("edit").mayOnlyBeAccessedByLayers("rules", "cli", "ui")
                .check(CLASSES);
    }

    @Test
    void theModelIsPlainJava() {
        noClasses().that().resideInAPackage("com.balancerstudio.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "com.balancerstudio.edit..", "com.balancerstudio.rules..", "com.balancerstudio.io..",
                        "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..")
                .because("the model is plain Java; only Jackson's annotations may name its file properties")
                .check(CLASSES);
    }

    @Test
    void renderingAndExportsRunWithoutJavaFx() {
        noClasses().that().resideInAnyPackage("com.balancerstudio.render..", "com.balancerstudio.export..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheUserInterfaceTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackages("com.balancerstudio.ui..")
                .and().doNotHaveFullyQualifiedName("com.balancerstudio.Main")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineNeverReachesTheUserInterface() {
        noClasses().that().resideInAPackage("com.balancerstudio.cli..")
                .should().dependOnClassesThat().resideInAPackage("com.balancerstudio.ui..")
                .orShould().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void theSimulationUsesOnlyTheModelAndTheRules() {
        noClasses().that().resideInAPackage("com.balancerstudio.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "com.balancerstudio.edit..", "com.balancerstudio.io..", "com.balancerstudio.render..",
                        "com.balancerstudio.export..", "com.balancerstudio.cli..", "com.balancerstudio.ui..")
                .because("the simulation is headless and never changes the design")
                .check(CLASSES);
    }

    @Test
    void rulesAreNotGlobalState() {
        noClasses().that().resideInAPackage("com.balancerstudio.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("com.balancerstudio.io..", "com.balancerstudio.cli..")
                .check(CLASSES);
    }
}
