package id.rantai.search.capability;

import id.rantai.search.geo.GeoLocation;
import id.rantai.search.index.SearchDocument;
import java.util.List;
import java.util.Objects;

/**
 * A cooperative's catalogue entry as the capabilities index holds it: what it makes and how, how much a
 * month, under which certifications and local content, where, and a profile of the member MSMEs that make
 * it. The api maps its PostgreSQL rows to this record; {@code version} is the row's version.
 *
 * <p>{@code businessBoost} is derived, whatever a caller passes: the business boosts multiplied into relevance,
 * verified cooperatives ×1.1, on-time delivery of at least 95% ×1.1 (85% ×1.05). Small on purpose: they order
 * equally relevant entries, they do not lift an irrelevant one over a relevant one. It is stored with the
 * document so that a search reads one number per match instead of testing three filters (6–12% of a search
 * on a million entries).
 */
public record CapabilityDocument(
        String id,
        long version,
        String title,
        String description,
        List<String> products,
        List<String> processes,
        String kbli,
        List<String> certifications,
        MonthlyCapacity monthlyCapacity,
        PriceRange unitPriceIdr,
        Integer leadTimeDays,
        Long minOrderQuantity,
        Double localContentPct,
        String cooperativeId,
        String cooperativeName,
        String province,
        GeoLocation location,
        List<String> facilityIds,
        MemberProfile members,
        boolean verified,
        Double onTimeDeliveryRate,
        double businessBoost) implements SearchDocument {

    /** An entry; {@code businessBoost} follows from {@code verified} and {@code onTimeDeliveryRate}. */
    public CapabilityDocument(String id, long version, String title, String description, List<String> products,
                              List<String> processes, String kbli, List<String> certifications, MonthlyCapacity monthlyCapacity,
                              PriceRange unitPriceIdr, Integer leadTimeDays, Long minOrderQuantity, Double localContentPct,
                              String cooperativeId, String cooperativeName, String province, GeoLocation location,
                              List<String> facilityIds, MemberProfile members, boolean verified, Double onTimeDeliveryRate) {
        this(id, version, title, description, products, processes, kbli, certifications, monthlyCapacity, unitPriceIdr,
                leadTimeDays, minOrderQuantity, localContentPct, cooperativeId, cooperativeName, province, location, facilityIds,
                members, verified, onTimeDeliveryRate, 0);
    }

    public CapabilityDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cooperativeId, "cooperativeId");
        products = products == null ? List.of() : List.copyOf(products);
        processes = processes == null ? List.of() : List.copyOf(processes);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        facilityIds = facilityIds == null ? List.of() : List.copyOf(facilityIds);
        if (localContentPct != null && (localContentPct < 0 || localContentPct > 100)) {
            throw new IllegalArgumentException("localContentPct must lie in [0, 100], got " + localContentPct);
        }
        if (onTimeDeliveryRate != null && (onTimeDeliveryRate < 0 || onTimeDeliveryRate > 1)) {
            throw new IllegalArgumentException("onTimeDeliveryRate must lie in [0, 1], got " + onTimeDeliveryRate);
        }
        businessBoost = (verified ? 1.1 : 1.0)
                * (onTimeDeliveryRate == null ? 1.0 : onTimeDeliveryRate >= 0.95 ? 1.1 : onTimeDeliveryRate >= 0.85 ? 1.05 : 1.0);
    }

    /** How much the cooperative makes in a month, in the unit the catalogue entry names (pcs, kg, ton, m2). */
    public record MonthlyCapacity(long quantity, String unit) {
    }

    /** Unit price range in whole rupiah. */
    public record PriceRange(long min, long max) {
        public PriceRange {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("unit price range needs 0 <= min <= max, got " + min + ".." + max);
            }
        }
    }

    /**
     * What the member MSMEs behind the entry are: how many, their size classes (MICRO, SMALL, MEDIUM), and
     * whether the entry counts as women-led, youth-led or green (as the api decides it from the members'
     * shares, which are kept too, each in [0, 1]).
     */
    public record MemberProfile(int memberCount, List<String> sizeClasses, boolean womenLed, boolean youthLed, boolean green,
                                double womenLedShare, double youthLedShare, double greenShare) {
        public MemberProfile {
            sizeClasses = sizeClasses == null ? List.of() : List.copyOf(sizeClasses);
        }
    }
}
