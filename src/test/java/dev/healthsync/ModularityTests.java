package dev.healthsync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the package arrows of docs/style.md pointing one way: ingest, imports → pipeline → storage. */
@AnalyzeClasses(packages = "dev.healthsync", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTests {

    private static final String[] FEATURES_ABOVE_STORAGE = {"dev.healthsync.ingest..", "dev.healthsync.imports..",
            "dev.healthsync.pipeline..", "dev.healthsync.query..", "dev.healthsync.agent..",
            "dev.healthsync.dashboard..", "dev.healthsync.auth..", "dev.healthsync.cli.."};

    @ArchTest
    static final ArchRule storageDependsOnNoFeature = noClasses().that().resideInAPackage("dev.healthsync.storage..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES_ABOVE_STORAGE);

    @ArchTest
    static final ArchRule pipelineDependsOnlyDownward = noClasses().that().resideInAPackage("dev.healthsync.pipeline..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.healthsync.ingest..", "dev.healthsync.imports..",
                    "dev.healthsync.query..", "dev.healthsync.agent..", "dev.healthsync.dashboard..",
                    "dev.healthsync.auth..", "dev.healthsync.cli..");

    @ArchTest
    static final ArchRule healthIsAPureKernel = noClasses().that().resideInAPackage("dev.healthsync.health..")
            .should().dependOnClassesThat().resideOutsideOfPackages("dev.healthsync.health..", "java..");

    @ArchTest
    static final ArchRule decodersArePure = noClasses().that().resideInAPackage("dev.healthsync.ingest.decoder..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "dev.healthsync.storage..",
                    "java.sql..", "java.time.Clock");

    @ArchTest
    static final ArchRule systemDependsOnNoFeature = noClasses().that().resideInAPackage("dev.healthsync.system..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES_ABOVE_STORAGE)
            .orShould().dependOnClassesThat().resideInAPackage("dev.healthsync.storage..");

    @ArchTest
    static final ArchRule onlyStorageKnowsTheDatabase = noClasses().that()
            .resideOutsideOfPackage("dev.healthsync.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.postgresql..", "java.sql..",
                    "com.zaxxer.hikari..");

    @ArchTest
    static final ArchRule readSideDoesNotWrite = noClasses().that().resideInAnyPackage("dev.healthsync.query..",
                    "dev.healthsync.agent..", "dev.healthsync.dashboard..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.healthsync.ingest..", "dev.healthsync.imports..",
                    "dev.healthsync.pipeline..");
}
