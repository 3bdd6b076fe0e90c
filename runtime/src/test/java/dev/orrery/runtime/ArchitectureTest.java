package dev.orrery.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.orrery.runtime", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /// The runtime runs headless (CLI, CI); the console depends on it, never the other way.
    @ArchTest
    static final ArchRule runtimeNeverUsesJavaFx = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("the runtime must run headless; only console-app may use JavaFX");

    /// Feature packages depend one way, so each can be understood and tested from the bottom up.
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.orrery.runtime.(*)..")
            .should()
            .beFreeOfCycles()
            .because("cycles between feature packages make them impossible to understand one at a time");
}
