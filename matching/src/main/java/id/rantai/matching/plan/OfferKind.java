package id.rantai.matching.plan;

/** Where an offer comes from. */
public enum OfferKind {
    /** A sealed bid a cooperative submitted for the lot: award plans. */
    BID,
    /** An estimate derived from a cooperative's catalogue capability before anyone bids: network matching. */
    CATALOGUE_ESTIMATE
}
