package id.rantai.matching.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LocalContentPreferenceTest {

    @ParameterizedTest(name = "Rp{0} at TKDN {1}% is evaluated at Rp{2}")
    @CsvSource({
            "100000, 0, 100000",       // no local content, no preference
            "100000, 24.99, 100000",   // below the 25% threshold
            "100000, 25, 93750",       // 1 - 0.25 × 0.25 = 0.9375
            "100000, 40, 90000",       // 1 - 0.40 × 0.25 = 0.90
            "100000, 100, 75000",      // the full 25% preference
            "333, 40, 300",            // 299.7 rounds half up to 300
            "1500000000000, 60, 1275000000000"})
    void goodsPreferenceFollowsTheTkdnFormula(long offered, String tkdn, long expected) {
        assertEquals(expected, LocalContentPreference.GOODS.evaluatedPriceIdr(offered, new BigDecimal(tkdn)));
    }

    @Test
    void withoutPreferenceTheEvaluatedPriceIsTheOfferedPrice() {
        assertEquals(123_456L, LocalContentPreference.NONE.evaluatedPriceIdr(123_456L, new BigDecimal("80")));
    }

    @Test
    void percentagesOutsideZeroToHundredAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> LocalContentPreference.GOODS.evaluatedPriceIdr(1_000, new BigDecimal("100.01")));
        assertThrows(IllegalArgumentException.class,
                () -> new LocalContentPreference(new BigDecimal("-1"), BigDecimal.ZERO));
    }
}
