package id.rantai.api.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * The shares the ministry measures against, in percent of the awarded value. The MSME share defaults to
 * 40%: Perpres 12/2021 art. 65 (kept by Perpres 46/2025) reserves at least 40% of goods and services
 * spending for micro and small enterprises and cooperatives. The women-led, youth-led and green targets
 * are policy choices with no legal default: set {@code rantai.monitoring.targets.women-led-share-pct},
 * {@code ...youth-led-share-pct} and {@code ...green-share-pct} to report against them; unset, they are
 * left out of the answer.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InclusionTargets(BigDecimal msmeSharePct, @Nullable BigDecimal womenLedSharePct,
                               @Nullable BigDecimal youthLedSharePct, @Nullable BigDecimal greenSharePct) {

    public InclusionTargets {
        java.util.Objects.requireNonNull(msmeSharePct, "rantai.monitoring.targets.msme-share-pct");
        check("msme-share-pct", msmeSharePct);
        check("women-led-share-pct", womenLedSharePct);
        check("youth-led-share-pct", youthLedSharePct);
        check("green-share-pct", greenSharePct);
    }

    private static void check(String key, BigDecimal pct) {
        if (pct != null && (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("rantai.monitoring.targets." + key + " must be a percentage 0-100, not " + pct);
        }
    }
}
