package id.rantai.search.demand;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.rantai.search.geo.GeoLocation;
import id.rantai.search.index.SearchDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A published demand (tender) with its lots, as the demands index holds it: only what the buyer
 * published. Nothing about bids (not even their number) belongs here, since bids stay sealed until the
 * deadline and the index is public.
 */
public record DemandDocument(
        String id,
        long version,
        String title,
        String description,
        String kbli,
        String buyerId,
        String buyerName,
        DemandStatus status,
        Instant bidDeadline,
        Instant publishedAt,
        List<Lot> lots) implements SearchDocument {

    public DemandDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    /** A lot as published: what, how much, under which requirements, delivered where and when. */
    public record Lot(
            String id,
            String title,
            String specification,
            long quantity,
            String unit,
            List<String> requiredCertifications,
            Double minLocalContentPct,
            String deliveryProvince,
            GeoLocation deliveryLocation,
            LocalDate deliveryDeadline,
            Long maxUnitPriceIdr) {

        public Lot {
            Objects.requireNonNull(id, "id");
            requiredCertifications = requiredCertifications == null ? List.of() : List.copyOf(requiredCertifications);
        }

        /**
         * Indexed next to the list for a {@code terms_set} query: a cooperative qualifies for the lot when it
         * holds at least this many of the required certifications, i.e. all of them.
         */
        @JsonProperty(value = "requiredCertificationCount", access = JsonProperty.Access.READ_ONLY)
        public int requiredCertificationCount() {
            return requiredCertifications.size();
        }
    }
}
