package id.rantai.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymGraphFilterFactoryTest {

    private static final String COIR = "sabut kelapa, serabut kelapa, coconut fibre, coir";

    @TempDir
    Path configDir;

    private SynonymGraphFilterFactory synonyms(Map<String, Object> settings) {
        return new SynonymGraphFilterFactory(AnalysisSettingsStub.of(SynonymGraphFilterFactory.Settings.class, settings),
                () -> configDir);
    }

    @Test
    void anEnglishWordFindsTheIndonesianNames() {
        List<String> terms = Tokens.terms("coir murah", synonyms(Map.of("synonyms", List.of(COIR)))::create);

        assertTrue(terms.containsAll(List.of("sabut", "kelapa", "serabut", "coconut", "fibre", "coir", "murah")), terms.toString());
    }

    @Test
    void aMultiWordNameFindsTheOtherNames() {
        List<String> terms = Tokens.terms("Serabut Kelapa", synonyms(Map.of("synonyms", List.of(COIR)))::create);

        assertTrue(terms.containsAll(List.of("coir", "coconut", "fibre", "sabut")), terms.toString());
    }

    @Test
    void rulesWithAccentsMatchFoldedText() {
        var filter = synonyms(Map.of("synonyms", List.of("kopi açeh, kopi gayo")));

        assertTrue(Tokens.terms("kopi aceh", filter::create).contains("gayo"));
    }

    @Test
    void withoutExpandEveryNameMapsToTheFirst() {
        var filter = synonyms(Map.of("synonyms", List.of(COIR), "expand", false));

        assertEquals(List.of("sabut", "kelapa"), Tokens.terms("coir", filter::create));
    }

    @Test
    void rulesAreReadFromAFileInTheConfigDirectory() throws Exception {
        Files.createDirectories(configDir.resolve("analysis"));
        Files.writeString(configDir.resolve("analysis/sinonim.txt"), "# kerajinan\nkriya, kerajinan tangan\n");

        var filter = synonyms(Map.of("synonyms_path", "analysis/sinonim.txt"));

        assertTrue(Tokens.terms("kriya", filter::create).containsAll(List.of("kerajinan", "tangan")));
    }

    @Test
    void aFileOutsideTheConfigDirectoryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> synonyms(Map.of("synonyms_path", "../../etc/passwd")));
    }

    @Test
    void aBrokenRuleIsReported() {
        var e = assertThrows(IllegalArgumentException.class, () -> synonyms(Map.of("synonyms", List.of("coir => "))));

        assertTrue(e.getMessage().contains("invalid synonym rules"), e.getMessage());
    }

    /** Elasticsearch builds every registered filter with empty settings when it creates an index. */
    @Test
    void withoutRulesTokensPassUnchanged() {
        assertEquals(List.of("coir"), Tokens.terms("coir", synonyms(Map.of())::create));
    }

    @Test
    void itRunsAtSearchTimeOnly() {
        assertEquals(AnalysisMode.SEARCH_TIME, synonyms(Map.of()).getAnalysisMode());
    }
}
