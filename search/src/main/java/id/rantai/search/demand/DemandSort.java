package id.rantai.search.demand;

import id.rantai.search.query.Named;

/** How demand results are ordered; every order ends with the demand id, so paging is stable. */
public enum DemandSort implements Named {
    RELEVANCE("relevance"),
    /** The bid deadline that comes first, first. */
    DEADLINE("deadline"),
    /** The nearest delivery place of any lot first; needs {@code near}. */
    DISTANCE("distance");

    private final String parameterValue;

    DemandSort(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    @Override
    public String parameterValue() {
        return parameterValue;
    }
}
