package id.rantai.search.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.FieldValue;
import id.rantai.search.capability.CapabilityFacet;
import id.rantai.search.capability.CapabilitySearchRequest;
import id.rantai.search.capability.CapabilitySort;
import id.rantai.search.demand.DemandSearchRequest;
import id.rantai.search.demand.DemandStatus;
import id.rantai.search.geo.GeoLocation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad search requests are refused before Elasticsearch sees them, each error named by its parameter. */
class SearchRequestValidationTest {

    @Test
    void aWellFormedRequestFromQueryParametersIsAccepted() {
        CapabilitySearchRequest request = CapabilitySearchRequest.fromParameters(params(
                "q", "\"sabut kelapa\" ekspor", "province", "ID-SA,ID-GO", "kbli", "13999", "certification", "SNI",
                "womenLed", "true", "green", "false", "minCapacity", "1000", "near", "1.47,124.84", "radiusKm", "50",
                "sort", "distance", "size", "30", "facets", "province,kbli"));

        assertEquals(List.of("ID-SA", "ID-GO"), request.provinces());
        assertEquals(new GeoLocation(1.47, 124.84), request.near());
        assertEquals(CapabilitySort.DISTANCE, request.sort());
        assertEquals(List.of(CapabilityFacet.PROVINCE, CapabilityFacet.KBLI), request.facets());
        assertEquals(List.of("sabut kelapa"), request.text().orElseThrow().phrases());
        assertEquals("ekspor", request.text().orElseThrow().words());
    }

    @Test
    void anUnbalancedQuoteIsRefused() {
        assertErrors(params("q", "\"sabut kelapa"), "q");
    }

    @Test
    void aTenKilobyteQueryIsRefused() {
        assertErrors(params("q", "a".repeat(10_000)), "q");
    }

    @Test
    void aQueryOfExactlyTheLimitIsAccepted() {
        assertDoesNotThrow(() -> CapabilitySearchRequest.fromParameters(params("q", "a".repeat(UserText.MAX_LENGTH))));
    }

    @Test
    void aNegativeOrZeroRadiusIsRefused() {
        assertErrors(params("near", "1.4,124.8", "radiusKm", "-5"), "radiusKm");
        assertErrors(params("near", "1.4,124.8", "radiusKm", "0"), "radiusKm");
    }

    @Test
    void aRadiusWithoutACentreIsRefused() {
        assertErrors(params("radiusKm", "10"), "radiusKm");
    }

    @Test
    void aDistanceSortWithoutACentreIsRefused() {
        assertErrors(params("sort", "distance"), "sort");
    }

    @Test
    void unknownFacetAndSortNamesAreRefused() {
        assertErrors(params("facets", "province,price"), "facets");
        assertErrors(params("sort", "cheapest"), "sort");
    }

    @Test
    void aSizeOutsideOneToAHundredIsRefused() {
        assertErrors(params("size", "0"), "size");
        assertErrors(params("size", "101"), "size");
        assertErrors(params("size", "many"), "size");
        assertDoesNotThrow(() -> CapabilitySearchRequest.fromParameters(params("size", "100")));
    }

    @Test
    void malformedValuesAreRefused() {
        assertErrors(params("near", "north of Manado"), "near");
        assertErrors(params("near", "91,10"), "near");
        assertErrors(params("province", "Jawa Tengah"), "province");
        assertErrors(params("kbli", "abc"), "kbli");
        assertErrors(params("womenLed", "yes"), "womenLed");
        assertErrors(params("minCapacity", "-1"), "minCapacity");
    }

    @Test
    void aSearchAfterTokenThatWasNotIssuedIsRefused() {
        assertErrors(params("searchAfter", "not-a-token"), "searchAfter");
        String foreign = Base64.getUrlEncoder().encodeToString("{\"s\":\"relevance\",\"v\":[\"x\",1]}".getBytes(StandardCharsets.UTF_8));
        assertErrors(params("searchAfter", foreign), "searchAfter");
    }

    @Test
    void aSearchAfterTokenOfAnotherSortIsRefused() {
        String token = SearchAfterToken.encode("capacity", List.of(FieldValue.of(500L), FieldValue.of("cap-1")));

        assertErrors(params("searchAfter", token), "searchAfter");
        assertDoesNotThrow(() -> CapabilitySearchRequest.fromParameters(params("searchAfter", token, "sort", "capacity")));
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        SearchQueryException refused = assertThrows(SearchQueryException.class, () -> CapabilitySearchRequest.fromParameters(params(
                "q", "\"open", "radiusKm", "-1", "facets", "colour", "size", "1000")));

        List<String> fields = refused.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("q", "radiusKm", "facets", "size")), fields.toString());
    }

    @Test
    void theDemandSearchChecksTheSameWayAndDefaultsToOpenDemands() {
        assertEquals(List.of(DemandStatus.OPEN), DemandSearchRequest.fromParameters(params("q", "baut")).statuses());
        assertThrows(SearchQueryException.class, () -> DemandSearchRequest.fromParameters(params("status", "DRAFT")));
        assertThrows(SearchQueryException.class, () -> DemandSearchRequest.fromParameters(params("q", "\"baut")));
        assertThrows(SearchQueryException.class, () -> DemandSearchRequest.fromParameters(params("radiusKm", "5")));
    }

    @Test
    void controlCharactersAndCurlyQuotesAreTreatedAsText() {
        CapabilitySearchRequest request = CapabilitySearchRequest.builder().q("\u201Csabut kelapa\u201D\u0000 coir").build();
        assertEquals(List.of("sabut kelapa"), request.text().orElseThrow().phrases());
        assertEquals("coir", request.text().orElseThrow().words());
    }

    private static void assertErrors(Map<String, List<String>> params, String field) {
        SearchQueryException refused = assertThrows(SearchQueryException.class, () -> CapabilitySearchRequest.fromParameters(params));
        assertTrue(refused.errors().stream().anyMatch(e -> e.field().equals(field)), refused.errors().toString());
    }

    private static Map<String, List<String>> params(String... keysAndValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], List.of(keysAndValues[i + 1]));
        }
        return params;
    }
}
