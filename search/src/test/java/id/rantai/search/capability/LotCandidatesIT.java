package id.rantai.search.capability;

import static id.rantai.search.capability.Capabilities.BANDA_ACEH;
import static id.rantai.search.capability.Capabilities.BITUNG;
import static id.rantai.search.capability.Capabilities.MANADO;
import static id.rantai.search.capability.Capabilities.SURABAYA;
import static id.rantai.search.capability.Capabilities.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.search.TestCluster;
import id.rantai.search.index.BulkIndexer;
import id.rantai.search.index.SearchIndices;
import id.rantai.search.query.SearchQueryException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cooperatives ranked for a lot, one row each, with the reasons they match. */
class LotCandidatesIT {

    private static final CapabilityIndex INDEX = CapabilityIndex.named(TestCluster.uniqueAlias("candidates"));
    private static final SearchIndices INDICES = new SearchIndices(TestCluster.shared());
    private static final LotCandidates CANDIDATES = new LotCandidates(TestCluster.shared(), INDEX);

    /** 10 tonnes of dry coir fibre with SNI and 40% TKDN, delivered to Bitung. */
    private static final LotRequirement COIR_LOT = new LotRequirement("Serat sabut kelapa", "Serat kering untuk matras, kadar air maksimal 15%",
            "13999", 10_000, "kg", List.of("SNI"), 40.0, "ID-SA", BITUNG);

    @BeforeAll
    static void indexCatalogue() {
        INDICES.ensure(INDEX);
        assertTrue(new BulkIndexer<>(TestCluster.shared(), INDEX).index(List.of(
                // a big nearby cooperative with two matching entries: it must appear once
                entry("nyiur-fibre").cooperative("nyiur", "Koperasi Nyiur").title("Serat sabut kelapa kering").kbli("13999")
                        .certifications("SNI").localContent(70).capacity(25_000, "kg").at("ID-SA", MANADO).verified().build(),
                entry("nyiur-peat").cooperative("nyiur", "Koperasi Nyiur").title("Cocopeat dan serat sabut").kbli("13999")
                        .certifications("SNI").localContent(70).capacity(5_000, "kg").at("ID-SA", MANADO).build(),
                // small but qualified, far away
                entry("java-coir").cooperative("jawa-coir", "Koperasi Kelapa Jawa").title("Coconut fibre").kbli("13999")
                        .certifications("SNI").localContent(50).capacity(3_000, "kg").at("ID-JI", SURABAYA).build(),
                // matches by KBLI only
                entry("kbli-only").cooperative("tali-aceh", "Koperasi Tali Aceh").title("Tali tambang serat").kbli("13999")
                        .certifications("SNI").localContent(45).capacity(800, "kg").at("ID-AC", BANDA_ACEH).build(),
                // excluded: no SNI
                entry("no-sni").cooperative("tanpa-sni", "Koperasi Tanpa SNI").title("Serat sabut kelapa").kbli("13999")
                        .localContent(80).capacity(50_000, "kg").at("ID-SA", BITUNG).build(),
                // excluded: TKDN below the lot's minimum
                entry("low-tkdn").cooperative("impor", "Koperasi Impor").title("Serat sabut kelapa").kbli("13999")
                        .certifications("SNI").localContent(20).capacity(50_000, "kg").at("ID-SA", BITUNG).build(),
                // excluded: neither text nor KBLI
                entry("furniture").cooperative("mebel", "Koperasi Mebel").title("Kursi rotan").kbli("31002")
                        .certifications("SNI").localContent(90).at("ID-SA", BITUNG).build())).allSucceeded());
        INDICES.refresh(INDEX);
    }

    @AfterAll
    static void dropIndex() {
        INDICES.drop(INDEX);
    }

    @Test
    void qualifiedCooperativesAreRankedOncePerCooperative() {
        List<Candidate> candidates = CANDIDATES.forLot(COIR_LOT, 10);

        assertEquals(List.of("nyiur", "jawa-coir", "tali-aceh"), candidates.stream().map(Candidate::cooperativeId).toList());
        assertEquals("nyiur-fibre", candidates.get(0).capability().id(), "the cooperative's best entry represents it");
    }

    @Test
    void eachCandidateSaysWhyItMatched() {
        List<Candidate> candidates = CANDIDATES.forLot(COIR_LOT, 10);

        Candidate nyiur = candidates.get(0);
        assertTrue(nyiur.reasons().containsAll(List.of("text", "kbli", "certifications", "local content", "capacity", "near delivery", "same province")),
                nyiur.reasons().toString());
        Candidate java = candidates.get(1);
        assertTrue(java.reasons().containsAll(List.of("text", "kbli", "partial capacity")), java.reasons().toString());
        assertFalse(java.reasons().contains("capacity"), "3 t a month do not cover 10 t");
        assertFalse(java.reasons().contains("near delivery"));
        Candidate aceh = candidates.get(2);
        assertTrue(aceh.reasons().contains("kbli"));
        assertFalse(aceh.reasons().contains("text"), aceh.reasons().toString());
        assertTrue(nyiur.distanceKm() < 50 && java.distanceKm() > 1_000, candidates.toString());
    }

    @Test
    void aLotWithoutRequirementsAdmitsEveryMatchingCooperative() {
        LotRequirement open = new LotRequirement("Serat sabut kelapa", null, null, 0, null, List.of(), null, null, null);

        List<String> cooperatives = CANDIDATES.forLot(open, 10).stream().map(Candidate::cooperativeId).toList();

        assertTrue(cooperatives.containsAll(List.of("nyiur", "jawa-coir", "tanpa-sni", "impor")), cooperatives.toString());
        assertFalse(cooperatives.contains("mebel"));
    }

    @Test
    void aSizeOutOfRangeIsRefused() {
        assertThrows(SearchQueryException.class, () -> CANDIDATES.forLot(COIR_LOT, 0));
    }
}
