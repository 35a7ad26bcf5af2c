package id.rantai.search.demand;

import id.rantai.search.geo.GeoLocation;
import java.time.Instant;
import java.util.List;

/**
 * An open demand recommended to a cooperative, with the lots it could serve and why each fits
 * ({@link RecommendedDemands} lists the reasons). {@code reasons} are the demand-level ones (its KBLI).
 */
public record RecommendedDemand(String id, String title, DemandHit.Buyer buyer, Instant bidDeadline, String kbli, double score,
                                List<String> reasons, List<LotFit> lots) {

    public RecommendedDemand {
        reasons = List.copyOf(reasons);
        lots = List.copyOf(lots);
    }

    /** A lot of the demand that the cooperative qualifies for. */
    public record LotFit(String id, String title, long quantity, String unit, String deliveryProvince, GeoLocation deliveryLocation,
                         Double distanceKm, List<String> reasons) {
        public LotFit {
            reasons = List.copyOf(reasons);
        }
    }
}
