package id.rantai.api.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The schema check itself can fail: what breaks the standard or an extension is caught, what follows them passes. */
class OcdsSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OcdsSchemas schemas = new OcdsSchemas();

    private static final String VALID = """
            {"ocid": "ocds-rantai-1", "id": "ocds-rantai-1-tender", "date": "2025-03-01T03:00:00Z", "tag": ["tender"],
             "initiationType": "tender",
             "parties": [{"id": "b", "name": "PT Uji", "roles": ["buyer"], "details": {"scale": "large"}}],
             "tender": {"id": "t", "value": {"amount": 1500000, "currency": "IDR"},
                        "lots": [{"id": "l1", "status": "active", "value": {"amount": 1000, "currency": "IDR"}}]},
             "bids": {"statistics": [{"id": "bids", "measure": "bids", "value": 3}],
                      "details": [{"id": "bid-1", "status": "valid", "relatedLots": ["l1"]}]}}""";

    @Test
    void aReleaseWithLotsBidsAndScaleIsValid() throws Exception {
        assertEquals(java.util.Set.of(), schemas.releaseErrors(JSON.readTree(VALID)));
    }

    @Test
    void theExtensionsAreEnforcedNotJustTolerated() throws Exception {
        assertFalse(schemas.releaseErrors(replace("\"scale\": \"large\"", "\"scale\": \"huge\"")).isEmpty(),
                "partyDetails_scale: scale is a closed codelist");
        assertFalse(schemas.releaseErrors(replace("\"status\": \"valid\"", "\"status\": \"sealed\"")).isEmpty(),
                "bids: bid status is a closed codelist");
        assertFalse(schemas.releaseErrors(replace("{\"id\": \"l1\", ", "{")).isEmpty(), "lots: a lot needs an id");
        assertFalse(schemas.releaseErrors(replace("\"value\": 3", "\"value\": \"three\"")).isEmpty(), "bids: statistics are numbers");
    }

    @Test
    void theCoreIsEnforced() throws Exception {
        assertFalse(schemas.releaseErrors(replace("\"amount\": 1500000, \"currency\": \"IDR\"", "\"amount\": 1500000, \"currency\": \"RP\"")).isEmpty(),
                "currency codes are ISO 4217");
        assertFalse(schemas.releaseErrors(replace("\"2025-03-01T03:00:00Z\"", "\"1 March 2025\"")).isEmpty(), "dates are date-times");
        assertFalse(schemas.releaseErrors(replace("[\"tender\"]", "[\"sealedBids\"]")).isEmpty(), "tags are a closed codelist");
        assertFalse(schemas.releaseErrors(replace("\"initiationType\": \"tender\",", "")).isEmpty(), "initiationType is required");
    }

    @Test
    void aMergePatchMergesObjectsReplacesValuesAndDeletesNulls() throws Exception {
        JsonNode merged = OcdsSchemas.mergePatch(JSON.readTree("{\"a\": {\"b\": 1, \"c\": 2}, \"d\": [1], \"e\": 5}"),
                JSON.readTree("{\"a\": {\"c\": 3, \"x\": 4}, \"d\": [2], \"e\": null}"));
        assertEquals(JSON.readTree("{\"a\": {\"b\": 1, \"c\": 3, \"x\": 4}, \"d\": [2]}"), merged);
        assertTrue(schemas.releaseErrors(JSON.readTree(VALID)).isEmpty());
    }

    private static JsonNode replace(String what, String with) throws Exception {
        assertTrue(VALID.contains(what), what);
        return JSON.readTree(VALID.replace(what, with));
    }
}
