package id.rantai.search.capability;

import static id.rantai.search.capability.Capabilities.BANDA_ACEH;
import static id.rantai.search.capability.Capabilities.BITUNG;
import static id.rantai.search.capability.Capabilities.JEPARA;
import static id.rantai.search.capability.Capabilities.MANADO;
import static id.rantai.search.capability.Capabilities.SURABAYA;
import static id.rantai.search.capability.Capabilities.TEGAL;
import static id.rantai.search.capability.Capabilities.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.search.TestCluster;
import id.rantai.search.geo.GeoLocation;
import id.rantai.search.index.BulkIndexer;
import id.rantai.search.index.BulkOutcome;
import id.rantai.search.index.SearchIndices;
import id.rantai.search.query.FacetBucket;
import id.rantai.search.query.SearchResults;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue search through the real query builder against a real node with the analysis plugin. */
class CapabilitySearchIT {

    private static final GeoLocation GORONTALO = new GeoLocation(0.5435, 123.0568);
    private static final CapabilityIndex INDEX = CapabilityIndex.named(TestCluster.uniqueAlias("capabilities"));
    private static final SearchIndices INDICES = new SearchIndices(TestCluster.shared());
    private static final CapabilitySearch SEARCH = new CapabilitySearch(TestCluster.shared(), INDEX);

    @BeforeAll
    static void indexCatalogue() {
        INDICES.ensure(INDEX);
        List<CapabilityDocument> catalogue = new ArrayList<>(List.of(
                entry("coir-minahasa").title("Sabut kelapa Minahasa").description("Serat sabut kelapa kering untuk ekspor, dikemas dalam bal 50 kg")
                        .products("serat sabut", "cocopeat").processes("pengeringan", "pengepresan").kbli("13999")
                        .certifications("SNI").capacity(20_000, "kg").at("ID-SA", MANADO).womenLed().verified().onTime(0.97).build(),
                entry("coir-bitung").title("Serabut kelapa dan tali sabut").description("Pengolahan serabut kelapa menjadi tali dan keset")
                        .products("tali sabut", "keset").kbli("13940").capacity(5_000, "kg").at("ID-SA", BITUNG).youthLed().build(),
                entry("coir-java").title("Coconut fibre for mattresses").description("Export grade coir from East Java")
                        .kbli("13999").capacity(8_000, "kg").at("ID-JI", SURABAYA).green().build(),
                entry("patchouli-aceh").title("Minyak nilam Aceh").description("Penyulingan minyak nilam dari kebun petani Gayo")
                        .products("minyak nilam").processes("penyulingan").kbli("20294").certifications("SNI", "Halal")
                        .at("ID-AC", BANDA_ACEH).womenLed().green().build(),
                entry("furniture-jepara").title("Mebel jati ukir Jepara").description("Kursi, meja dan lemari kayu jati dengan ukiran")
                        .products("kursi", "meja", "lemari").processes("ukir", "finishing").kbli("31001").certifications("SVLK")
                        .capacity(300, "pcs").at("ID-JT", JEPARA).verified().build(),
                entry("rattan-chairs").title("Kursi rotan sintetis").description("Furniture rotan untuk hotel dan kantor")
                        .kbli("31002").capacity(500, "pcs").at("ID-JT", JEPARA).build(),
                entry("casting-tegal").title("Pengecoran logam Tegal").description("Cor besi dan kuningan untuk suku cadang mesin")
                        .products("besi cor", "kuningan cor").processes("pengecoran", "pembubutan").kbli("24310").certifications("SNI", "ISO 9001")
                        .capacity(40, "ton").at("ID-JT", TEGAL).verified().onTime(0.9).build(),
                entry("bolts-tegal").title("Baut dan mur baja galvanis").description("Produksi baut, mur dan ring untuk konstruksi")
                        .kbli("25940").certifications("SNI").capacity(100_000, "pcs").at("ID-JT", TEGAL).build(),
                entry("packaging-surabaya").title("Kemasan karton gelombang").description("Kardus untuk pengiriman makanan olahan")
                        .kbli("17021").capacity(50_000, "pcs").at("ID-JI", SURABAYA).build(),
                entry("uniform-rembang").title("Konveksi seragam kerja").description("Menjahit wearpack dan seragam kantor")
                        .kbli("14111").capacity(2_000, "pcs").at("ID-JT", new GeoLocation(-6.7085, 111.3426)).womenLed().build(),
                entry("mats-plain").title("Tikar pandan anyaman").kbli("16292").at("ID-GO", GORONTALO).build(),
                entry("mats-trusted").title("Tikar pandan anyaman").kbli("16292").at("ID-GO", GORONTALO).verified().onTime(0.98).build()));
        // many near-identical entries, for paging: equal scores must still page without gaps or repeats
        for (int i = 0; i < 45; i++) {
            catalogue.add(entry(String.format("briket-%02d", i)).title("Briket arang tempurung kelapa").kbli("20299")
                    .at("ID-SA", MANADO).build());
        }
        BulkOutcome outcome = new BulkIndexer<>(TestCluster.shared(), INDEX).index(catalogue);
        assertTrue(outcome.allSucceeded(), outcome.toString());
        INDICES.refresh(INDEX);
    }

    @AfterAll
    static void dropIndex() {
        INDICES.drop(INDEX);
    }

    @Test
    void anEnglishNameFindsTheIndonesianProduct() {
        assertTrue(ids(search(b -> b.q("coir"))).containsAll(List.of("coir-minahasa", "coir-bitung", "coir-java")));
        assertEquals(Set.of("patchouli-aceh"), Set.copyOf(ids(search(b -> b.q("patchouli oil")))));
    }

    @Test
    void anIndonesianNameFindsTheEnglishEntry() {
        assertTrue(ids(search(b -> b.q("sabut kelapa"))).contains("coir-java"));
        assertTrue(ids(search(b -> b.q("furnitur"))).containsAll(List.of("furniture-jepara", "rattan-chairs")));
    }

    @Test
    void aDerivedWordFindsItsRoot() {
        assertEquals("coir-bitung", ids(search(b -> b.q("olah serabut"))).get(0));
        assertTrue(ids(search(b -> b.q("pengemasan kardus"))).contains("packaging-surabaya"));
    }

    @Test
    void aTypoStillFindsTheProduct() {
        assertEquals("patchouli-aceh", ids(search(b -> b.q("minyak nilem"))).get(0));
        assertEquals("casting-tegal", ids(search(b -> b.q("pengecorn logam"))).get(0));
    }

    @Test
    void wordsThatNeverMeetInOneEntryStillFindEntriesWithSomeOfThem() {
        assertEquals(Set.of("uniform-rembang", "patchouli-aceh"), Set.copyOf(ids(search(b -> b.q("seragam nilam")))));
    }

    @Test
    void enoughEntriesWithAllTheWordsKeepEntriesWithOnlySomeOfThemOut() {
        SearchResults<CapabilityHit> results = search(b -> b.q("briket kelapa"));

        assertEquals(45, results.total(), "the briquettes only, not every entry that mentions kelapa");
    }

    @Test
    void aQuotedPhraseMustAppearAsWritten() {
        assertEquals(List.of("coir-minahasa"), ids(search(b -> b.q("\"sabut kelapa minahasa\""))));
    }

    @Test
    void highlightsMarkTheMatchedWords() {
        CapabilityHit hit = search(b -> b.q("nilam")).items().get(0);
        assertTrue(hit.highlights().get("title").get(0).contains("nilam</em>"), hit.highlights().toString());
    }

    @Test
    void highlightsEscapeHtmlInTheIndexedText() {
        assertTrue(search(b -> b.q("<script>")).items().stream()
                .flatMap(h -> h.highlights().values().stream()).flatMap(List::stream).noneMatch(f -> f.contains("<script>")));
    }

    @Test
    void filtersNarrowTheResults() {
        assertEquals(Set.of("coir-minahasa", "coir-bitung"), Set.copyOf(ids(search(b -> b.q("coir").province("ID-SA")))));
        assertEquals(List.of("coir-minahasa"), ids(search(b -> b.q("coir").womenLed(true))));
        assertEquals(List.of("coir-bitung"), ids(search(b -> b.q("coir").youthLed(true))));
        assertEquals(List.of("coir-java"), ids(search(b -> b.q("coir").green(true))));
        assertEquals(List.of("coir-minahasa"), ids(search(b -> b.q("coir").minCapacity(10_000L))));
        assertEquals(Set.of("casting-tegal", "bolts-tegal"), Set.copyOf(ids(search(b -> b.certification("SNI").province("ID-JT")))));
        assertEquals(List.of("casting-tegal"), ids(search(b -> b.certification("SNI", "ISO 9001"))));
        assertEquals(List.of("furniture-jepara"), ids(search(b -> b.cooperativeId("coop-furniture-jepara"))));
    }

    @Test
    void aKbliDivisionFindsEveryCodeInIt() {
        assertEquals(Set.of("furniture-jepara", "rattan-chairs"), Set.copyOf(ids(search(b -> b.kbli("31")))));
        assertEquals(List.of("furniture-jepara"), ids(search(b -> b.kbli("31001"))));
    }

    @Test
    void facetsCountTheOtherProvincesWhileOneIsChosen() {
        SearchResults<CapabilityHit> results = search(b -> b.q("coir").province("ID-JI"));

        assertEquals(List.of("coir-java"), ids(results));
        assertEquals(Map.of("ID-SA", 2L, "ID-JI", 1L), counts(results.facets().get("province")));
        assertEquals(Map.of("13999", 1L), counts(results.facets().get("kbli")));
    }

    @Test
    void aRadiusKeepsOnlyNearbyEntriesAndTheyComeSortedByDistance() {
        SearchResults<CapabilityHit> results = search(b -> b.q("kelapa").near(BITUNG).radiusKm(50.0).sort(CapabilitySort.DISTANCE).size(3));

        assertEquals("coir-bitung", results.items().get(0).id());
        assertEquals(0.0, results.items().get(0).distanceKm());
        assertTrue(results.items().stream().allMatch(h -> h.distanceKm() <= 50), results.items().toString());
        List<Double> distances = results.items().stream().map(CapabilityHit::distanceKm).toList();
        assertEquals(distances.stream().sorted().toList(), distances);
        assertFalse(ids(search(b -> b.q("kelapa").near(BITUNG).radiusKm(50.0))).contains("coir-java"));
    }

    @Test
    void nearnessRaisesTheCloserOfTwoEqualMatches() {
        List<String> fromJepara = ids(search(b -> b.q("kursi").near(JEPARA)));
        List<String> fromAceh = ids(search(b -> b.q("kursi").near(BANDA_ACEH)));

        assertTrue(fromJepara.containsAll(List.of("furniture-jepara", "rattan-chairs")));
        assertEquals(Set.copyOf(fromJepara), Set.copyOf(fromAceh));
        assertNotNull(search(b -> b.q("kursi").near(JEPARA)).items().get(0).distanceKm());
        assertNull(search(b -> b.q("kursi")).items().get(0).distanceKm());
    }

    @Test
    void pagesWithSearchAfterNeitherRepeatNorSkip() {
        for (CapabilitySort sort : CapabilitySort.values()) {
            List<String> all = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                String token = after;
                SearchResults<CapabilityHit> page = search(b -> b.q("briket").near(MANADO).sort(sort).size(10).searchAfter(token));
                assertEquals(45, page.total());
                all.addAll(ids(page));
                after = page.nextSearchAfter();
                pages++;
            } while (after != null);

            assertEquals(5, pages, sort.toString());
            assertEquals(45, all.size(), sort.toString());
            assertEquals(45, new HashSet<>(all).size(), "no item twice with sort " + sort);
        }
    }

    @Test
    void verifiedAndPunctualCooperativesComeFirstAmongEqualMatches() {
        assertEquals(List.of("mats-trusted", "mats-plain"), ids(search(b -> b.q("tikar pandan"))));
    }

    @Test
    void anEmptyQueryBrowsesTheWholeCatalogue() {
        assertEquals(57, search(b -> { }).total());
    }

    private static SearchResults<CapabilityHit> search(Consumer<CapabilitySearchRequest.Builder> request) {
        CapabilitySearchRequest.Builder builder = CapabilitySearchRequest.builder();
        request.accept(builder);
        return SEARCH.search(builder.build());
    }

    private static List<String> ids(SearchResults<CapabilityHit> results) {
        return results.items().stream().map(CapabilityHit::id).toList();
    }

    private static Map<String, Long> counts(List<FacetBucket> buckets) {
        Map<String, Long> counts = new java.util.HashMap<>();
        buckets.forEach(b -> counts.put(b.key(), b.count()));
        return counts;
    }
}
