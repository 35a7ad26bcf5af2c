package id.rantai.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The search module is plain Java: no web framework, no database, no knowledge of the solver. */
class SearchBoundaryTest {

    private final JavaClasses searchClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.rantai.search");

    @Test
    void searchImportsNothingOfMicronautJdbcHttpServersOrMatching() {
        assertFalse(searchClasses.isEmpty(), "the rule must look at real classes");
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "java.sql..", "javax.sql..", "io.netty..", "jakarta.servlet..",
                        "com.sun.net.httpserver..", "id.rantai.matching..", "id.rantai.api..")
                .check(searchClasses);
    }
}
