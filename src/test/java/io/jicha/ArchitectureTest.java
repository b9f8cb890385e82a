package io.jicha;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.jicha.journal.NewEvent;
import io.jicha.session.EventCatalogue;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walls the design promises (README, Code): the domain is plain Java, the shell appends only
 * what domain decisions return, reports render from replayed state, sampling knows nothing of
 * scoring, the journal knows only the envelope, and an event type is spelled only by the
 * capability that owns it.
 */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jicha");

    @ParameterizedTest
    @ValueSource(strings = {"journal", "session", "rubric", "record", "sampling", "scoring", "finding", "rectification", "report",
            "stats", "text", "common", "store", "evidence"})
    void theDomainImportsNeitherSpringNorJLineNorTheShell(String capability) {
        ArchRule rule = noClasses().that().resideInAPackage("io.jicha." + capability + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jline..", "io.jicha.shell..")
                .because("the domain is plain Java; shell/ holds the adapters");
        rule.check(MAIN);
    }

    @Test
    void reportsRenderFromReplayedStateAndReadNoJournal() {
        noClasses().that().resideInAPackage("io.jicha.report..")
                .should().dependOnClassesThat().resideInAPackage("io.jicha.journal..")
                .orShould().callMethod(Session.class, "journal")
                .orShould().callMethod(SessionState.class, "events")
                .because("a report is drawn from the projections of a replayed state, never from the journal's lines")
                .check(MAIN);
    }

    @Test
    void onlyTheFontClassesOfReportsReadFiles() {
        noClasses().that().resideInAPackage("io.jicha.report..")
                .and().doNotHaveSimpleName("PdfFonts").and().doNotHaveSimpleName("FontLocator")
                .should().callMethodWhere(target(owner(equivalentTo(Files.class)))
                        .and(target(nameMatching("read.*|newInputStream|newBufferedReader|lines|newByteChannel"))))
                .because("reports read fonts; everything else comes from the replayed state")
                .check(MAIN);
    }

    @Test
    void onlyTheStoreSpeaksToADatabase() {
        noClasses().that().resideOutsideOfPackage("io.jicha.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..")
                .because("the domain reads and appends through Journal and SessionStore; only store/ knows PostgreSQL")
                .check(MAIN);
    }

    @Test
    void theShellAppendsOnlyEventsTheDomainDecided() {
        noClasses().that().resideInAPackage("io.jicha.shell..")
                .should().callConstructorWhere(target(owner(equivalentTo(NewEvent.class))))
                .because("a decision that appends events lives in its capability; the adapters call it")
                .check(MAIN);
    }

    @Test
    void samplingKnowsNothingOfScoring() {
        noClasses().that().resideInAPackage("io.jicha.sampling..")
                .should().dependOnClassesThat().resideInAPackage("io.jicha.scoring..")
                .because("a draw must not depend on how files score (docs/sampling.md)")
                .check(MAIN);
    }

    @Test
    void theJournalKnowsOnlyTheEnvelope() {
        noClasses().that().resideInAPackage("io.jicha.journal..")
                .should().dependOnClassesThat(resideInAPackage("io.jicha..")
                        .and(not(resideInAnyPackage("io.jicha.journal..", "io.jicha.common.."))))
                .because("the journal stores typed envelopes; what a payload means belongs to the capabilities")
                .check(MAIN);
    }

    @Test
    void anEventTypeIsSpelledOnlyByItsOwner() throws IOException {
        Map<String, Class<?>> owners = EventCatalogue.owners();
        List<String> misplaced = new ArrayList<>();
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                owners.forEach((type, owner) -> {
                    boolean isOwner = file.endsWith(owner.getName().replace('.', '/') + ".java");
                    if (!isOwner && text.contains("\"" + type + "\"")) {
                        misplaced.add(type + " in " + sources.relativize(file));
                    }
                });
            }
        }
        assertThat(owners).as("the event catalogue").isNotEmpty();
        assertThat(misplaced).as("event type literals outside their owning XxxEvents class").isEmpty();
    }

    // --- issue 22: the walls between packages, each rule shown failing on a planted violation ---

    /** No two top-level packages depend on each other, directly or through others. */
    static ArchRule slicesFreeOfCycles() {
        return com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("io.jicha.(*)..").should().beFreeOfCycles()
                .because("a package that depends on one depending on it is one package in two folders");
    }

    /**
     * The order the packages stand in: common and text, then the journal, the session, the
     * capabilities (which may use one another, without cycles), then integrity, reports and the
     * store, and the shell on top. A package uses only those below it.
     */
    static ArchRule layers() {
        return com.tngtech.archunit.library.Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("base").definedBy("io.jicha.common..", "io.jicha.text..")
                .layer("journal").definedBy("io.jicha.journal..")
                .layer("session").definedBy("io.jicha.session..")
                .layer("capabilities").definedBy("io.jicha.record..", "io.jicha.rubric..", "io.jicha.sampling..",
                        "io.jicha.scoring..", "io.jicha.finding..", "io.jicha.stats..")
                .layer("above").definedBy("io.jicha.integrity..", "io.jicha.report..", "io.jicha.store..")
                .layer("shell").definedBy("io.jicha.shell..")
                .whereLayer("shell").mayNotBeAccessedByAnyLayer()
                .whereLayer("above").mayOnlyBeAccessedByLayers("shell")
                .whereLayer("capabilities").mayOnlyBeAccessedByLayers("capabilities", "above", "shell")
                .whereLayer("session").mayOnlyBeAccessedByLayers("capabilities", "above", "shell")
                .whereLayer("journal").mayOnlyBeAccessedByLayers("session", "capabilities", "above", "shell")
                .because("common/text → journal → session → capabilities → integrity, report, store → shell");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slicesFreeOfCycles().check(MAIN);
    }

    @Test
    void packagesStandInTheirLayers() {
        layers().check(MAIN);
    }

    /** The main classes plus one planted test class that breaks a rule. */
    private static JavaClasses withPlanted(String plantedClass) {
        Path classFile = Path.of("target/test-classes", plantedClass.replace('.', '/') + ".class");
        assertThat(classFile).exists();
        return new ClassFileImporter().importPaths(Path.of("target/classes"), classFile);
    }

    @Test
    void aPlantedCycleFailsTheCycleRuleAndNotTheLayers() {
        JavaClasses planted = withPlanted("io.jicha.rubric.PlantedCycle");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> slicesFreeOfCycles().check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedCycle");
        layers().check(planted); // capabilities may use one another
    }

    @Test
    void aPlantedUpwardDependencyFailsTheLayerRule() {
        JavaClasses planted = withPlanted("io.jicha.session.PlantedLayerViolation");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> layers().check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedLayerViolation");
    }
}
