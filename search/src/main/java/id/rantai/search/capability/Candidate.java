package id.rantai.search.capability;

import java.util.List;

/**
 * A cooperative able to serve a lot: its best-matching catalogue entry, its distance to the delivery
 * place, and why it was chosen ({@link LotCandidates} lists the reasons).
 */
public record Candidate(String cooperativeId, String cooperativeName, String province, Double distanceKm, double score,
                        Capability capability, List<String> reasons) {

    public Candidate {
        reasons = List.copyOf(reasons);
    }

    /** The catalogue entry that matched best. */
    public record Capability(String id, String title, String kbli, CapabilityDocument.MonthlyCapacity monthlyCapacity,
                             Double localContentPct, List<String> certifications) {
        public Capability {
            certifications = List.copyOf(certifications);
        }
    }
}
