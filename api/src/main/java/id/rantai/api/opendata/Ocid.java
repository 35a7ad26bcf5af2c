package id.rantai.api.opendata;

import java.util.Optional;
import java.util.UUID;

/** The Open Contracting ID of a demand: the publisher's prefix and the demand's id, e.g. {@code ocds-rantai-<uuid>}. */
record Ocid(String prefix, UUID demandId) {

    @Override
    public String toString() {
        return prefix + "-" + demandId;
    }

    /** The demand an ocid names, if it is one of ours and well formed. */
    static Optional<UUID> demandOf(String prefix, String ocid) {
        String start = prefix + "-";
        if (ocid == null || !ocid.startsWith(start) || ocid.length() != start.length() + 36) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(ocid.substring(start.length()));
            // UUID.fromString accepts unpadded forms; only the canonical text names a demand
            return id.toString().equals(ocid.substring(start.length())) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
