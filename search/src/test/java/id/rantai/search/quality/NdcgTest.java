package id.rantai.search.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NdcgTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1);

    @Test
    void theIdealOrderScoresOne() {
        assertEquals(1.0, Ndcg.at(10, List.of("a", "b", "c"), GRADES), 1e-9);
    }

    @Test
    void nothingRelevantScoresZero() {
        assertEquals(0.0, Ndcg.at(10, List.of("x", "y"), GRADES), 1e-9);
    }

    @Test
    void aWorseOrderScoresLess() {
        // DCG = 1/1 + 3/log2(3) + 7/2 ; IDCG = 7 + 3/log2(3) + 1/2
        double expected = (1 + 3 / (Math.log(3) / Math.log(2)) + 3.5) / (7 + 3 / (Math.log(3) / Math.log(2)) + 0.5);
        assertEquals(expected, Ndcg.at(10, List.of("c", "b", "a"), GRADES), 1e-9);
    }

    @Test
    void onlyTheFirstKResultsCount() {
        assertEquals(0.0, Ndcg.at(1, List.of("x", "a"), GRADES), 1e-9);
    }
}
