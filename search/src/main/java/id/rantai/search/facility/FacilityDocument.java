package id.rantai.search.facility;

import id.rantai.search.geo.GeoLocation;
import id.rantai.search.index.SearchDocument;
import java.util.List;
import java.util.Objects;

/** A shared production house (rumah produksi bersama) as the facilities index holds it. */
public record FacilityDocument(String id, long version, String name, String province, GeoLocation location, String sector,
                               List<String> processes, Integer weeklyCapacityHours, FacilityStatus status) implements SearchDocument {

    public FacilityDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        processes = processes == null ? List.of() : List.copyOf(processes);
    }
}
