package id.rantai.api.monitoring;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * Settings of the ministry's reports: the time zone that decides which day an award falls on
 * ({@code rantai.monitoring.time-zone}, WIB by default, the zone of national reporting), the targets
 * ({@code rantai.monitoring.targets.*}, see {@link InclusionTargets}) and the hours a facility spends per
 * unit when the lot does not say ({@code rantai.facility.hours-per-unit}). Wrong values stop the start.
 */
@Singleton
public class MonitoringSettings {

    private final ZoneId zone;
    private final InclusionTargets targets;
    private final BigDecimal defaultHoursPerUnit;

    MonitoringSettings(@Value("${rantai.monitoring.time-zone:Asia/Jakarta}") String zone,
                       @Value("${rantai.monitoring.targets.msme-share-pct:40}") BigDecimal msme,
                       @Nullable @Value("${rantai.monitoring.targets.women-led-share-pct:}") String womenLed,
                       @Nullable @Value("${rantai.monitoring.targets.youth-led-share-pct:}") String youthLed,
                       @Nullable @Value("${rantai.monitoring.targets.green-share-pct:}") String green,
                       @Value("${rantai.facility.hours-per-unit:0.1}") BigDecimal defaultHoursPerUnit) {
        this.zone = ZoneId.of(zone);
        this.targets = new InclusionTargets(msme, optional(womenLed), optional(youthLed), optional(green));
        if (defaultHoursPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("rantai.facility.hours-per-unit must be positive, not " + defaultHoursPerUnit);
        }
        this.defaultHoursPerUnit = defaultHoursPerUnit;
    }

    public ZoneId zone() {
        return zone;
    }

    public InclusionTargets targets() {
        return targets;
    }

    public BigDecimal defaultHoursPerUnit() {
        return defaultHoursPerUnit;
    }

    private static BigDecimal optional(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
    }
}
