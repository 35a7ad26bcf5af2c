package id.rantai.search.capability;

import id.rantai.search.query.Named;

/** The facets a capability search counts, with the field each counts and how many values it lists. */
public enum CapabilityFacet implements Named {
    PROVINCE("province", CapabilityIndex.PROVINCE, 38),
    KBLI("kbli", CapabilityIndex.KBLI, 20),
    CERTIFICATION("certification", CapabilityIndex.CERTIFICATIONS, 20);

    private final String parameterValue;
    private final String field;
    private final int size;

    CapabilityFacet(String parameterValue, String field, int size) {
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
