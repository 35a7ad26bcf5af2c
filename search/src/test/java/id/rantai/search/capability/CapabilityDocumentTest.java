package id.rantai.search.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rantai.search.bench.SyntheticCatalogue;
import org.junit.jupiter.api.Test;

class CapabilityDocumentTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theBusinessBoostMultipliesVerificationAndPunctuality() {
        for (long i = 0; i < 200; i++) {
            CapabilityDocument doc = SyntheticCatalogue.entry(i);
            double expected = (doc.verified() ? 1.1 : 1.0)
                    * (doc.onTimeDeliveryRate() >= 0.95 ? 1.1 : doc.onTimeDeliveryRate() >= 0.85 ? 1.05 : 1.0);
            assertEquals(expected, doc.businessBoost(), 1e-9, doc.toString());
        }
    }

    @Test
    void theBoostIsWrittenToTheIndexAndNotTakenFromWhatIsReadBack() throws Exception {
        CapabilityDocument doc = SyntheticCatalogue.entry(7);
        JsonNode written = json.valueToTree(doc);
        assertEquals(doc.businessBoost(), written.path("businessBoost").asDouble(), 1e-9);
        assertEquals(doc, json.treeToValue(written, CapabilityDocument.class));
        ((com.fasterxml.jackson.databind.node.ObjectNode) written).put("businessBoost", 100.0);
        assertEquals(doc.businessBoost(), json.treeToValue(written, CapabilityDocument.class).businessBoost(), 1e-9);
    }
}
