package id.rantai.search.capability;

import id.rantai.search.query.Named;

/** How capability results are ordered. Every order ends with the document id, so paging is stable. */
public enum CapabilitySort implements Named {
    /** Best match first; boosted by verification and on-time delivery, and by nearness when {@code near} is given. */
    RELEVANCE("relevance"),
    /** Nearest to {@code near} first. */
    DISTANCE("distance"),
    /** Largest monthly capacity first. */
    CAPACITY("capacity");

    private final String parameterValue;

    CapabilitySort(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    @Override
    public String parameterValue() {
        return parameterValue;
    }
}
