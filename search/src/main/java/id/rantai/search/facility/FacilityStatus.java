package id.rantai.search.facility;

/** Whether a shared production house already runs or is still planned. */
public enum FacilityStatus {
    OPERATING, PLANNED
}
