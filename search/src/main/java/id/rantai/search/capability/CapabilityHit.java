package id.rantai.search.capability;

import java.util.List;
import java.util.Map;

/**
 * One catalogue entry in a search answer: what the result list shows, with the distance to {@code near}
 * when one was given and the highlighted fragments (HTML-escaped text with matches in {@code <em>}) by field.
 */
public record CapabilityHit(String id, String title, Cooperative cooperative, String province, Double distanceKm, double score,
                            Map<String, List<String>> highlights, String kbli, List<String> certifications,
                            CapabilityDocument.MonthlyCapacity monthlyCapacity) {

    public CapabilityHit {
        highlights = Map.copyOf(highlights);
        certifications = List.copyOf(certifications);
    }

    /** The cooperative that offers the entry. */
    public record Cooperative(String id, String name) {
    }
}
