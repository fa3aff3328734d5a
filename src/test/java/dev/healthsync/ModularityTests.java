package dev.healthsync;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;

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

    /** The shared decoding toolkit; every other subpackage of ingest is one app's push contract. */
    private static final String DECODER_TOOLKIT = "dev.healthsync.ingest.decoder..";

    /**
     * The decoder classes: everything in the subpackages of ingest (the toolkit and each app's package) except an
     * app's Spring-facing edge, its controllers and channels. Matched by pattern, so a new app is covered as added.
     */
    private static final DescribedPredicate<JavaClass> DECODERS = resideInAPackage("dev.healthsync.ingest.*..")
            .and(not(nameMatching(".*(Controller|Channel)(\\$.*)?")))
            .as("decoder classes (ingest.decoder, and the app packages but their controllers and channels)");

    @ArchTest
    static final ArchRule decodersArePure = noClasses().that(DECODERS)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "dev.healthsync.storage..",
                    "java.sql..")
            .orShould().dependOnClassesThat().belongToAnyOf(Clock.class);

    /** Adding an app is adding a package: no app reads another app's classes. */
    @ArchTest
    static final ArchRule appsAreIndependent = slices().matching("dev.healthsync.ingest.(*)..")
            .namingSlices("ingest.$1")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage(DECODER_TOOLKIT));

    @ArchTest
    static final ArchRule decoderToolkitKnowsNoApp = noClasses().that().resideInAPackage(DECODER_TOOLKIT)
            .should().dependOnClassesThat(resideInAPackage("dev.healthsync.ingest..")
                    .and(not(resideInAPackage(DECODER_TOOLKIT))).as("reside in ingest outside the decoder toolkit"));

    @ArchTest
    static final ArchRule systemDependsOnNoFeature = noClasses().that().resideInAPackage("dev.healthsync.system..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES_ABOVE_STORAGE)
            .orShould().dependOnClassesThat().resideInAPackage("dev.healthsync.storage..");

    @ArchTest
    static final ArchRule onlyStorageKnowsTheDatabase = noClasses().that()
            .resideOutsideOfPackage("dev.healthsync.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.postgresql..", "java.sql..",
                    "com.zaxxer.hikari..", "org.springframework.jdbc.core..", "org.springframework.jdbc.datasource..");

    /** The dashboard's server side sits on top: it reads query, auth and storage, and nothing reads it. */
    @ArchTest
    static final ArchRule nothingDependsOnTheDashboard = noClasses().that()
            .resideOutsideOfPackage("dev.healthsync.dashboard..")
            .should().dependOnClassesThat().resideInAPackage("dev.healthsync.dashboard..");

    /** The MCP endpoint sits on top like the dashboard: it reads query, and nothing reads it. */
    @ArchTest
    static final ArchRule nothingDependsOnTheAgentEndpoint = noClasses().that()
            .resideOutsideOfPackage("dev.healthsync.agent..")
            .should().dependOnClassesThat().resideInAPackage("dev.healthsync.agent..");

    @ArchTest
    static final ArchRule agentReadsNoStorage = noClasses().that().resideInAPackage("dev.healthsync.agent..")
            .should().dependOnClassesThat().resideInAPackage("dev.healthsync.storage..");

    @ArchTest
    static final ArchRule readSideDoesNotWrite = noClasses().that().resideInAnyPackage("dev.healthsync.query..",
                    "dev.healthsync.agent..", "dev.healthsync.dashboard..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.healthsync.ingest..", "dev.healthsync.imports..",
                    "dev.healthsync.pipeline..");
}
