package id.rantai.web.layout;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Indonesia's three time zones, as people name them; a page shows every time in the viewer's one, with its name. */
public enum ViewerZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private static final Set<String> WITA_PROVINCES = Set.of("ID-BA", "ID-NB", "ID-NT", "ID-KS", "ID-KI", "ID-KU",
            "ID-SA", "ID-GO", "ID-ST", "ID-SR", "ID-SN", "ID-SG");
    private static final Set<String> WIT_PROVINCES = Set.of("ID-MA", "ID-MU", "ID-PA", "ID-PB", "ID-PD", "ID-PT", "ID-PE", "ID-PS");

    private final ZoneId zone;

    ViewerZone(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone a province keeps its clocks in (Bali, Nusa Tenggara, South/East/North Kalimantan and Sulawesi: WITA; Maluku and Papua: WIT). */
    public static ViewerZone ofProvince(String isoCode) {
        if (isoCode == null) {
            return WIB;
        }
        String code = isoCode.trim();
        if (WITA_PROVINCES.contains(code)) {
            return WITA;
        }
        return WIT_PROVINCES.contains(code) ? WIT : WIB;
    }

    public static Optional<ViewerZone> named(String name) {
        for (ViewerZone z : values()) {
            if (z.name().equals(name)) {
                return Optional.of(z);
            }
        }
        return Optional.empty();
    }
}
