package scot.triangulate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.EvaluationService;

/** Modules talk through each other's public faces only, with no cycles: checked on every build. */
class ModularityTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("scot.triangulate");

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(TriangulateApplication.class).verify();
    }

    /**
     * Who may see or change what is decided in each module's services for the acting person, so a page and the API
     * cannot disagree: pages and API controllers ask those services, never the access rule itself.
     */
    @Test
    void pagesAndTheApiLeaveAccessDecisionsToTheServices() {
        noClasses().that().resideInAPackage("..web..").and().resideOutsideOfPackage("scot.triangulate.identity..")
                .should().dependOnClassesThat().belongToAnyOf(PartnershipAccess.class)
                .because("a rule decided in a controller is one the other routes to the same data can miss")
                .check(MAIN);
    }

    /** What a page, an export or the API shows of an evaluation is what the service lets the acting person see. */
    @Test
    void pagesAndTheApiReadEvaluationsAsTheActingPersonMaySeeThem() {
        noClasses().that().resideInAPackage("..web..")
                .should().callMethod(EvaluationService.class, "evaluation", Cycle.class, String.class)
                .because("the whole evaluation shows grades that blind grading hides; pass the acting person")
                .check(MAIN);
    }
}
