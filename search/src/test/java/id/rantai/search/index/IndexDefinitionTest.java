package id.rantai.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rantai.search.capability.CapabilityIndex;
import id.rantai.search.demand.DemandIndex;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexDefinitionTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSynonymFileGoesInlineIntoTheSearchAnalyzer() throws Exception {
        JsonNode analysis = json.readTree(CapabilityIndex.standard().createIndexBody()).path("settings").path("index").path("analysis");
        List<String> rules = new ArrayList<>();
        analysis.path("filter").path("rantai_synonyms").path("synonyms").forEach(r -> rules.add(r.asText()));

        assertEquals(SynonymList.rules(), rules);
        assertTrue(rules.size() >= 40, "at least 40 synonym rules, got " + rules.size());
        assertTrue(rules.stream().anyMatch(r -> r.contains("sabut kelapa") && r.contains("coir") && r.contains("coconut fiber")));
        assertTrue(rules.stream().anyMatch(r -> r.contains("minyak atsiri") && r.contains("essential oil")));
        assertTrue(rules.stream().anyMatch(r -> r.contains("mebel") && r.contains("furniture") && r.contains("perabot")));
        assertTrue(rules.stream().noneMatch(r -> r.startsWith("#")));
        JsonNode searchChain = analysis.path("analyzer").path(IndonesianAnalysis.TEXT_SEARCH).path("filter");
        assertTrue(searchChain.toString().contains("rantai_synonyms"));
        assertFalse(analysis.path("analyzer").path(IndonesianAnalysis.TEXT).path("filter").toString().contains("synonyms"),
                "synonyms are search-time only");
    }

    @Test
    void aliasesShareTheDefinitionAndItsFingerprint() {
        assertEquals(CapabilityIndex.standard().fingerprint(), CapabilityIndex.named("it-other").fingerprint());
        assertNotEquals(CapabilityIndex.standard().fingerprint(), DemandIndex.standard().fingerprint());
    }

    @Test
    void concreteIndexNamesCarryATimestampUnderTheAlias() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07.089Z"), ZoneOffset.UTC);
        CapabilityIndex index = CapabilityIndex.standard();

        assertEquals("capabilities-v20250304050607089", index.newIndexName(clock));
        assertTrue(index.owns("capabilities-v20250304050607089"));
        assertFalse(index.owns("capabilities-next"));
        assertFalse(index.owns("capabilities-vx"));
    }

    @Test
    void anAliasThatIsNotAnIndexNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CapabilityIndex.named("Capabilities"));
        assertThrows(IllegalArgumentException.class, () -> CapabilityIndex.named("a/b"));
    }
}
