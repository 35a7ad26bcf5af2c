package id.rantai.search.demand;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One demand in a search answer. {@code provinces} are the lots' delivery provinces; {@code distanceKm} is
 * to the nearest delivery place when {@code near} was given.
 */
public record DemandHit(String id, String title, Buyer buyer, DemandStatus status, Instant bidDeadline, String kbli,
                        List<String> provinces, int lotCount, Double distanceKm, double score, Map<String, List<String>> highlights) {

    public DemandHit {
        provinces = List.copyOf(provinces);
        highlights = Map.copyOf(highlights);
    }

    /** The BUMN that posted the demand. */
    public record Buyer(String id, String name) {
    }
}
