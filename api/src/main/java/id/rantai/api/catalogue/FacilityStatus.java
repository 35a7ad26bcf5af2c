package id.rantai.api.catalogue;

/** A shared production house either runs already or is planned; only an operating one has hours to book. */
public enum FacilityStatus {
    OPERATING, PLANNED
}
