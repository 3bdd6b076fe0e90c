package dev.orrery.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/// The boundaries the console's design rests on, each with its reason.
@AnalyzeClasses(packages = "dev.orrery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule runtimeNeverUsesTheConsole = noClasses()
            .that()
            .resideInAPackage("dev.orrery.runtime..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.orrery.console..")
            .because("the runtime is a headless core that the CLI and the console both use; it must not know them")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule runtimeHasNoJavaFx = noClasses()
            .that()
            .resideInAPackage("dev.orrery.runtime..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("the runtime must run headless, in the CLI and in CI, without a display")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule viewsNeverCallTheRuntime = noClasses()
            .that()
            .resideInAPackage("dev.orrery.console..")
            .and()
            .haveSimpleNameEndingWith("View")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.orrery.runtime..")
            .because("views bind to view models; only view models talk to the runtime, off the JavaFX thread");

    @ArchTest
    static final ArchRule consolePackagesHaveNoCycles = slices().matching("dev.orrery.console.(*)..")
            .should()
            .beFreeOfCycles()
            .because("each feature package must be understandable and testable on its own");

    @ArchTest
    static final ArchRule viewModelsDoNotKnowTheirViews = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("View")
            .because("a view model is tested without its view and may be shown by several views");
}
