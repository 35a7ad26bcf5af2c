package id.rantai.matching.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LotSplitterTest {

    private final LotSplitter splitter = LotSplitter.DEFAULT;

    @Test
    void aRoundQuantityIsSplitIntoTwentyEqualUnits() {
        assertEquals(nCopies(20, 5), splitter.split(100));
    }

    @Test
    void theLastUnitCarriesTheRemainder() {
        List<Long> units = splitter.split(110); // 110 / 20 = 5.5, rounded to 6: 17 units of 6 and one of 8
        assertEquals(18, units.size());
        assertEquals(nCopies(17, 6), units.subList(0, 17));
        assertEquals(8L, units.get(17));
    }

    @Test
    void aSmallLotIsSplitIntoSingleUnits() {
        assertEquals(nCopies(7, 1), splitter.split(7));
    }

    @Test
    void nothingToSplitGivesNoUnits() {
        assertTrue(splitter.split(0).isEmpty());
    }

    @ParameterizedTest(name = "{0} splits into units that add up to it, all of one size but a larger last one")
    @ValueSource(longs = {1, 19, 20, 21, 29, 30, 31, 105, 999, 1_000_003, 7_777_777})
    void unitsAddUpAndOnlyTheLastDiffers(long quantity) {
        List<Long> units = splitter.split(quantity);
        long size = splitter.unitSize(quantity);
        assertEquals(quantity, units.stream().mapToLong(Long::longValue).sum());
        units.subList(0, units.size() - 1).forEach(u -> assertEquals(size, u));
        long last = units.get(units.size() - 1);
        assertTrue(last >= size && last < 2 * size, "last unit " + last + " for size " + size);
        assertTrue(units.size() <= 2 * splitter.targetUnits(), "about the target number of units: " + units.size());
    }

    @ParameterizedTest(name = "{1} units per lot split {0} into units of {2}")
    @CsvSource({"100, 10, 10", "100, 1, 100", "100, 200, 1", "1000, 3, 333"})
    void theUnitSizeFollowsTheTarget(long quantity, int target, long size) {
        assertEquals(size, new LotSplitter(target).unitSize(quantity));
    }

    @Test
    void aNegativeQuantityOrTargetIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> splitter.split(-1));
        assertThrows(IllegalArgumentException.class, () -> new LotSplitter(0));
    }

    private static List<Long> nCopies(int n, long size) {
        return java.util.Collections.nCopies(n, size);
    }
}
