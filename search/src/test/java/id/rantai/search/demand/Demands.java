package id.rantai.search.demand;

import id.rantai.search.geo.GeoLocation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Test fixtures for published demands and their lots. */
public final class Demands {

    private Demands() {
    }

    public static DemandDocument demand(String id, String title, String kbli, DemandStatus status, Instant deadline, DemandDocument.Lot... lots) {
        return new DemandDocument(id, 1, title, "Pengadaan oleh BUMN", kbli, "bumn-pln", "PT PLN (Persero)", status, deadline,
                Instant.now().minus(3, ChronoUnit.DAYS), List.of(lots));
    }

    public static DemandDocument open(String id, String title, String kbli, DemandDocument.Lot... lots) {
        return demand(id, title, kbli, DemandStatus.OPEN, Instant.now().plus(14, ChronoUnit.DAYS), lots);
    }

    public static DemandDocument.Lot lot(String id, String title, String specification, long quantity, String unit, List<String> certifications,
                                         Double minLocalContent, String province, GeoLocation location) {
        return new DemandDocument.Lot(id, title, specification, quantity, unit, certifications, minLocalContent, province, location,
                LocalDate.now().plusMonths(2), 50_000L);
    }
}
