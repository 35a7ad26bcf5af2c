package id.rantai.search.capability;

import id.rantai.search.geo.GeoLocation;
import java.util.List;
import java.util.Objects;

/**
 * What a lot asks of a supplier, as candidate search needs it; the api maps its lot (published or still a
 * draft) to this record.
 *
 * @param kbli the demand's KBLI code, if any
 * @param minLocalContentPct the minimum TKDN in percent, if any
 */
public record LotRequirement(String title, String specification, String kbli, long quantity, String unit,
                             List<String> requiredCertifications, Double minLocalContentPct, String deliveryProvince,
                             GeoLocation deliveryLocation) {

    public LotRequirement {
        Objects.requireNonNull(title, "title");
        requiredCertifications = requiredCertifications == null ? List.of() : List.copyOf(requiredCertifications);
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
    }
}
