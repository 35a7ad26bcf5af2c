package id.rantai.search.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.search.SearchProjection;
import id.rantai.search.TestCluster;
import id.rantai.search.capability.Capabilities;
import id.rantai.search.geo.GeoLocation;
import id.rantai.search.index.SearchIndices;
import id.rantai.search.query.SearchResults;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shared production houses found by what they do and where they are. */
class FacilitySearchIT {

    private static final SearchProjection SEARCH = SearchProjection.prefixed(TestCluster.shared(), TestCluster.uniqueAlias("facility") + "-");

    @BeforeAll
    static void indexFacilities() {
        SEARCH.ensureIndices();
        assertTrue(SEARCH.facilityIndexer().index(List.of(
                new FacilityDocument("rpb-aceh", 1, "Rumah Produksi Bersama Minyak Atsiri Aceh Jaya", "ID-AC", Capabilities.BANDA_ACEH,
                        "minyak atsiri", List.of("penyulingan", "pengemasan"), 120, FacilityStatus.OPERATING),
                new FacilityDocument("rpb-sulut", 1, "Rumah Produksi Bersama Sabut Kelapa Minahasa Selatan", "ID-SA", Capabilities.MANADO,
                        "sabut kelapa", List.of("penguraian sabut", "pengepresan"), 160, FacilityStatus.OPERATING),
                new FacilityDocument("rpb-tegal", 1, "Factory Sharing Logam Tegal", "ID-JT", Capabilities.TEGAL,
                        "logam", List.of("pengecoran", "pembubutan", "pengelasan"), 200, FacilityStatus.OPERATING),
                new FacilityDocument("rpb-rembang", 1, "Mini Garmen Rembang", "ID-JT", new GeoLocation(-6.7085, 111.3426),
                        "konveksi", List.of("menjahit", "bordir"), 80, FacilityStatus.PLANNED))).allSucceeded());
        new SearchIndices(TestCluster.shared()).refresh(SEARCH.facilityIndex());
    }

    @AfterAll
    static void dropIndices() {
        SEARCH.definitions().forEach(new SearchIndices(TestCluster.shared())::drop);
    }

    @Test
    void aProcessOrSectorFindsTheFacilityInEitherLanguage() {
        assertEquals(List.of("rpb-aceh"), ids(SEARCH.facilities().search(FacilitySearchRequest.fromParameters(Map.of("q", List.of("essential oil"))))));
        assertEquals(List.of("rpb-tegal"), ids(SEARCH.facilities().search(FacilitySearchRequest.fromParameters(Map.of("q", List.of("welding"))))));
    }

    @Test
    void nearestFirstWithinARadiusAndFilteredByStatus() {
        SearchResults<FacilityHit> results = SEARCH.facilities().search(FacilitySearchRequest.fromParameters(Map.of(
                "near", List.of(Capabilities.TEGAL.toString()), "radiusKm", List.of("300"), "status", List.of("OPERATING"))));

        assertEquals(List.of("rpb-tegal"), ids(results));
        assertEquals(0.0, results.items().get(0).distanceKm());
    }

    @Test
    void facetsCountProvincesSectorsAndStatuses() {
        SearchResults<FacilityHit> results = SEARCH.facilities().search(FacilitySearchRequest.fromParameters(Map.of()));

        assertEquals(4, results.total());
        assertEquals(2L, results.facets().get("province").stream().filter(b -> b.key().equals("ID-JT")).findFirst().orElseThrow().count());
        assertEquals(1L, results.facets().get("status").stream().filter(b -> b.key().equals("PLANNED")).findFirst().orElseThrow().count());
    }

    private static List<String> ids(SearchResults<FacilityHit> results) {
        return results.items().stream().map(FacilityHit::id).toList();
    }
}
