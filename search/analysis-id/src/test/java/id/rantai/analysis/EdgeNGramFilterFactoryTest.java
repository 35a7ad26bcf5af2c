package id.rantai.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;

class EdgeNGramFilterFactoryTest {

    private static EdgeNGramFilterFactory edgeNGrams(Map<String, Object> settings) {
        return new EdgeNGramFilterFactory(AnalysisSettingsStub.of(EdgeNGramFilterFactory.Settings.class, settings));
    }

    @Test
    void eachTokenIsIndexedByItsLeadingCharacters() {
        assertEquals(List.of("me", "meb", "mebe", "mebel"), Tokens.terms("Mebel", edgeNGrams(Map.of())::create));
    }

    @Test
    void maxGramCutsLongTokensUnlessTheOriginalIsPreserved() {
        assertEquals(List.of("me", "meb"), Tokens.terms("mebel", edgeNGrams(Map.of("max_gram", 3))::create));
        assertEquals(List.of("me", "meb", "mebel"),
                Tokens.terms("mebel", edgeNGrams(Map.of("max_gram", 3, "preserve_original", true))::create));
    }

    @Test
    void minGramAboveMaxGramIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> edgeNGrams(Map.of("min_gram", 5, "max_gram", 2)));
    }

    @Test
    void itRunsAtIndexTimeOnly() {
        assertEquals(AnalysisMode.INDEX_TIME, edgeNGrams(Map.of()).getAnalysisMode());
    }
}
