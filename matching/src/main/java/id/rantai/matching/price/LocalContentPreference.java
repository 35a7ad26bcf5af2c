package id.rantai.matching.price;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The TKDN (domestic component level) price preference of Indonesian goods procurement: the evaluated
 * price is {@code (1 − TKDN × maximum preference) × offered price}, for offers whose TKDN reaches the
 * threshold (25%); the maximum preference for goods is 25%. Prices are whole rupiah, rounded half up.
 */
public record LocalContentPreference(BigDecimal maxPreferencePct, BigDecimal thresholdPct) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The rule for goods: 25% maximum preference for offers with TKDN of at least 25%. */
    public static final LocalContentPreference GOODS = new LocalContentPreference(new BigDecimal("25"), new BigDecimal("25"));
    /** No preference at all: the evaluated price is the offered price. */
    public static final LocalContentPreference NONE = new LocalContentPreference(BigDecimal.ZERO, BigDecimal.ZERO);

    public LocalContentPreference {
        requirePercent(maxPreferencePct, "maxPreferencePct");
        requirePercent(thresholdPct, "thresholdPct");
    }

    /** The evaluated unit price in whole rupiah for an offered unit price and the offer's TKDN percentage. */
    public long evaluatedPriceIdr(long offeredPriceIdr, BigDecimal localContentPct) {
        if (offeredPriceIdr < 0) {
            throw new IllegalArgumentException("offered price must not be negative: " + offeredPriceIdr);
        }
        requirePercent(localContentPct, "localContentPct");
        if (maxPreferencePct.signum() == 0 || localContentPct.compareTo(thresholdPct) < 0) {
            return offeredPriceIdr;
        }
        BigDecimal preference = localContentPct.multiply(maxPreferencePct).divide(HUNDRED.multiply(HUNDRED));
        return BigDecimal.valueOf(offeredPriceIdr).multiply(BigDecimal.ONE.subtract(preference))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static void requirePercent(BigDecimal value, String name) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 100: " + value);
        }
    }
}
