package id.rantai.search.demand;

import id.rantai.search.query.Named;

/** The facets a demand search counts: delivery province of any lot, KBLI, status. */
public enum DemandFacet implements Named {
    PROVINCE("province", DemandIndex.LOT_PROVINCE, 38),
    KBLI("kbli", DemandIndex.KBLI, 20),
    STATUS("status", DemandIndex.STATUS, 5);

    private final String parameterValue;
    private final String field;
    private final int size;

    DemandFacet(String parameterValue, String field, int size) {
        this.parameterValue = parameterValue;
        this.field = field;
        this.size = size;
    }

    @Override
    public String parameterValue() {
        return parameterValue;
    }

    String field() {
        return field;
    }

    int size() {
        return size;
    }
}
