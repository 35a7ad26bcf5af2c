package id.rantai.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The solver is plain Java + OptaPlanner: no web framework, no database, no HTTP, no search. */
class MatchingBoundaryTest {

    private final JavaClasses matchingClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.rantai.matching");

    @Test
    void matchingImportsNothingOfMicronautJdbcHttpOrSearch() {
        assertFalse(matchingClasses.isEmpty(), "the rule must look at real classes");
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "java.sql..", "javax.sql..", "java.net.http..", "io.netty..",
                        "org.apache.http..", "co.elastic..", "org.elasticsearch..", "id.rantai.search..", "id.rantai.api..")
                .check(matchingClasses);
    }
}
