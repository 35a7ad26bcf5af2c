package id.rantai.search.suggest;

import static id.rantai.search.capability.Capabilities.BITUNG;
import static id.rantai.search.capability.Capabilities.entry;
import static id.rantai.search.demand.Demands.demand;
import static id.rantai.search.demand.Demands.lot;
import static id.rantai.search.demand.Demands.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.search.SearchProjection;
import id.rantai.search.TestCluster;
import id.rantai.search.demand.DemandStatus;
import id.rantai.search.index.SearchIndices;
import id.rantai.search.query.SearchQueryException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Titles offered while the user types. */
class SuggestionsIT {

    private static final SearchProjection SEARCH = SearchProjection.prefixed(TestCluster.shared(), TestCluster.uniqueAlias("suggest") + "-");

    @BeforeAll
    static void indexTitles() {
        SEARCH.ensureIndices();
        SEARCH.capabilityIndexer().index(List.of(
                entry("a").title("Sabut kelapa Minahasa").build(),
                entry("b").title("Sabut kelapa Minahasa").build(),
                entry("c").title("Serbuk sabut (cocopeat)").build(),
                entry("d").title("Minyak nilam Aceh").build()));
        SEARCH.demandIndexer().index(List.of(
                open("open", "Sabun cuci tangan untuk kantor", "20231", lot("l1", "Sabun cair", "", 100, "liter", List.of(), null, "ID-SA", BITUNG)),
                demand("awarded", "Sabuk pengaman", "22199", DemandStatus.AWARDED, Instant.now(),
                        lot("l2", "Sabuk", "", 100, "pcs", List.of(), null, "ID-SA", BITUNG))));
        SEARCH.definitions().forEach(new SearchIndices(TestCluster.shared())::refresh);
    }

    @AfterAll
    static void dropIndices() {
        SEARCH.definitions().forEach(new SearchIndices(TestCluster.shared())::drop);
    }

    @Test
    void theFirstLettersOfEachWordFindTheTitleOnce() {
        List<Suggestion> suggestions = SEARCH.suggestions().suggest("sab kel", 10);

        assertEquals(List.of("Sabut kelapa Minahasa"), suggestions.stream().map(Suggestion::text).toList());
    }

    @Test
    void titlesOfOpenDemandsAreOfferedButNotOfClosedOnes() {
        List<Suggestion> suggestions = SEARCH.suggestions().suggest("sab", 10);
        List<String> texts = suggestions.stream().map(Suggestion::text).toList();

        assertTrue(texts.containsAll(List.of("Sabut kelapa Minahasa", "Serbuk sabut (cocopeat)", "Sabun cuci tangan untuk kantor")), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("Sabuk")), texts.toString());
        assertEquals(Suggestion.Kind.DEMAND, suggestions.stream().filter(s -> s.text().startsWith("Sabun")).findFirst().orElseThrow().kind());
        assertTrue(texts.indexOf("Serbuk sabut (cocopeat)") > texts.indexOf("Sabut kelapa Minahasa"), "titles that start with the text first");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals("Minyak nilam Aceh", SEARCH.suggestions().suggest("MINYÁK", 5).get(0).text());
    }

    @Test
    void blankTextSuggestsNothingAndOverlongTextIsRefused() {
        assertEquals(List.of(), SEARCH.suggestions().suggest("  ", 5));
        assertThrows(SearchQueryException.class, () -> SEARCH.suggestions().suggest("x".repeat(101), 5));
    }
}
