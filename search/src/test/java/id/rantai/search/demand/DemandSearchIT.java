package id.rantai.search.demand;

import static id.rantai.search.capability.Capabilities.BITUNG;
import static id.rantai.search.capability.Capabilities.JEPARA;
import static id.rantai.search.capability.Capabilities.MANADO;
import static id.rantai.search.capability.Capabilities.SURABAYA;
import static id.rantai.search.capability.Capabilities.TEGAL;
import static id.rantai.search.capability.Capabilities.entry;
import static id.rantai.search.demand.Demands.demand;
import static id.rantai.search.demand.Demands.lot;
import static id.rantai.search.demand.Demands.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.search.SearchProjection;
import id.rantai.search.TestCluster;
import id.rantai.search.index.SearchIndices;
import id.rantai.search.query.SearchResults;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding open tenders, and recommending them to a cooperative from its catalogue. */
class DemandSearchIT {

    private static final SearchProjection SEARCH = SearchProjection.prefixed(TestCluster.shared(), TestCluster.uniqueAlias("demand") + "-");

    @BeforeAll
    static void indexDemands() {
        SEARCH.ensureIndices();
        assertTrue(SEARCH.demandIndexer().index(List.of(
                open("d-coir", "Matras sabut kelapa untuk kapal", "13999",
                        lot("d-coir-1", "Serat sabut kelapa", "Serat kering, kadar air maksimal 15%", 10_000, "kg", List.of("SNI"), 40.0, "ID-SA", BITUNG),
                        lot("d-coir-2", "Keset sabut", "Keset 40x60 cm", 2_000, "pcs", List.of(), null, "ID-JI", SURABAYA)),
                open("d-bolts", "Baut dan mur untuk gardu induk", "25940",
                        lot("d-bolts-1", "Baut baja galvanis M12", "Galvanis celup panas", 50_000, "pcs", List.of("SNI", "ISO 9001"), 25.0, "ID-JT", TEGAL)),
                open("d-furniture", "Furnitur kantor wilayah", "31001",
                        lot("d-furniture-1", "Meja kerja kayu jati", "Kayu jati bersertifikat SVLK", 120, "pcs", List.of("SVLK"), 40.0, "ID-JT", JEPARA)),
                demand("d-closed", "Sabut kelapa tahun lalu", "13999", DemandStatus.AWARDED, Instant.now().minus(30, ChronoUnit.DAYS),
                        lot("d-closed-1", "Serat sabut kelapa", "", 1_000, "kg", List.of(), null, "ID-SA", MANADO)),
                demand("d-expired", "Sabut kelapa yang tenggatnya lewat", "13999", DemandStatus.OPEN, Instant.now().minus(1, ChronoUnit.HOURS),
                        lot("d-expired-1", "Serat sabut kelapa", "", 1_000, "kg", List.of(), null, "ID-SA", MANADO))))
                .allSucceeded());
        assertTrue(SEARCH.capabilityIndexer().index(List.of(
                entry("c-coir").cooperative("koperasi-nyiur", "Koperasi Nyiur Melambai").title("Serat sabut kelapa")
                        .products("serat sabut", "keset sabut").kbli("13999").certifications("SNI").localContent(60).at("ID-SA", MANADO).build(),
                entry("c-coir-2").cooperative("koperasi-nyiur", "Koperasi Nyiur Melambai").title("Cocopeat").kbli("13999").at("ID-SA", MANADO).build(),
                entry("c-uncertified").cooperative("koperasi-baru", "Koperasi Baru").title("Serat sabut kelapa").kbli("13999")
                        .localContent(60).at("ID-SA", MANADO).build())).allSucceeded());
        SEARCH.definitions().forEach(new SearchIndices(TestCluster.shared())::refresh);
    }

    @AfterAll
    static void dropIndices() {
        SEARCH.definitions().forEach(new SearchIndices(TestCluster.shared())::drop);
    }

    @Test
    void onlyDemandsStillTakingBidsAreFoundByDefault() {
        assertEquals(List.of("d-coir"), ids(SEARCH.demands().search(DemandSearchRequest.open("sabut kelapa"))));
    }

    @Test
    void closedDemandsAreFoundWhenAskedForByStatus() {
        SearchResults<DemandHit> awarded = SEARCH.demands().search(DemandSearchRequest.fromParameters(
                Map.of("q", List.of("sabut"), "status", List.of("AWARDED,EVALUATION"))));
        assertEquals(List.of("d-closed"), ids(awarded));
    }

    @Test
    void aLotsSpecificationAndAnEnglishSynonymFindTheDemand() {
        assertEquals(List.of("d-bolts"), ids(SEARCH.demands().search(DemandSearchRequest.open("galvanized bolts"))));
        assertEquals(List.of("d-furniture"), ids(SEARCH.demands().search(DemandSearchRequest.open("teak desk"))));
    }

    @Test
    void provinceFacetsCountDemandsByTheirLotsDeliveryProvince() {
        SearchResults<DemandHit> results = SEARCH.demands().search(DemandSearchRequest.fromParameters(Map.of("province", List.of("ID-JT"))));

        assertEquals(Set.of("d-bolts", "d-furniture"), Set.copyOf(ids(results)));
        Map<String, Long> provinces = results.facets().get("province").stream()
                .collect(Collectors.toMap(b -> b.key(), b -> b.count()));
        assertEquals(Map.of("ID-JT", 2L, "ID-SA", 1L, "ID-JI", 1L), provinces);
        assertEquals(List.of("ID-JT"), results.items().stream().filter(h -> h.id().equals("d-bolts")).findFirst().orElseThrow().provinces());
    }

    @Test
    void demandsSortByTheNearestLot() {
        SearchResults<DemandHit> results = SEARCH.demands().search(DemandSearchRequest.fromParameters(
                Map.of("near", List.of(SURABAYA.toString()), "sort", List.of("distance"))));

        assertEquals("d-coir", results.items().get(0).id());
        assertEquals(0.0, results.items().get(0).distanceKm());
    }

    @Test
    void aCooperativeIsRecommendedTheLotsItQualifiesForWithReasons() {
        List<RecommendedDemand> recommended = SEARCH.recommendedDemands().forCooperative("koperasi-nyiur", 10);

        assertEquals(List.of("d-coir"), recommended.stream().map(RecommendedDemand::id).toList());
        RecommendedDemand coir = recommended.get(0);
        assertEquals(List.of("kbli"), coir.reasons());
        RecommendedDemand.LotFit first = coir.lots().get(0);
        assertEquals("d-coir-1", first.id(), "the lot delivered near the cooperative, in its province, ranks first");
        assertTrue(first.reasons().containsAll(List.of("text", "certifications", "local content", "near delivery", "same province")),
                first.reasons().toString());
        assertTrue(first.distanceKm() < 50);
    }

    @Test
    void aLotThatNeedsACertificationTheCooperativeLacksIsNotRecommended() {
        List<RecommendedDemand> recommended = SEARCH.recommendedDemands().forCooperative("koperasi-baru", 10);

        assertEquals(List.of("d-coir"), recommended.stream().map(RecommendedDemand::id).toList());
        assertEquals(List.of("d-coir-2"), recommended.get(0).lots().stream().map(RecommendedDemand.LotFit::id).toList(),
                "the doormat lot needs no SNI; the fibre lot does");
    }

    @Test
    void aCooperativeWithoutCatalogueGetsNoRecommendations() {
        assertFalse(SEARCH.recommendedDemands().forCooperative("koperasi-tanpa-katalog", 10).iterator().hasNext());
    }

    private static List<String> ids(SearchResults<DemandHit> results) {
        return results.items().stream().map(DemandHit::id).toList();
    }
}
