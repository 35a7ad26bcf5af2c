package id.rantai.search.demand;

/**
 * The states in which a demand is public. There is no {@code DRAFT}: a draft is never indexed, so a
 * draft's title cannot leak through search.
 */
public enum DemandStatus {
    OPEN, EVALUATION, AWARDED, COMPLETED, CANCELLED
}
