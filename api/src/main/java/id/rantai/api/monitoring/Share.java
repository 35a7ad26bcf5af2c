package id.rantai.api.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A part of a whole as a percentage 0–100 with two decimals, rounded half up; 0 when the whole is 0. */
final class Share {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Share() {
    }

    static BigDecimal pct(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
