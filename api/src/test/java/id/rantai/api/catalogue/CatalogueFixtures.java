package id.rantai.api.catalogue;

import id.rantai.api.support.Database;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies for the catalogue's tests: members, catalogue entries and facilities. */
final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    /** A fresh 13-digit NIB (starting 99, which the demo data does not use). */
    static String newNib() {
        return "99" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    /** A women-led micro enterprise in North Sulawesi holding an SNI certificate valid for a year. */
    static Map<String, Object> member(String name, String nib) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("nib", nib);
        body.put("ownerName", "Ibu Grace Mandagi");
        body.put("province", "ID-SA");
        body.put("location", Map.of("lat", 1.2, "lon", 124.6));
        body.put("sizeClass", "MICRO");
        body.put("womenLed", true);
        body.put("youthLed", false);
        body.put("green", true);
        body.put("kbli", "22199");
        body.put("certifications", List.of(Map.of("code", "SNI", "validUntil", LocalDate.now().plusYears(1).toString())));
        return body;
    }

    /** A catalogue entry naming no members, facilities or certifications. */
    static Map<String, Object> capability(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Cocopeat dan cocofiber press untuk media tanam dan geotekstil");
        body.put("kbli", "22199");
        body.put("processes", List.of("pengurai sabut", "press hidrolik"));
        body.put("products", List.of("cocofiber press", "cocopeat blok"));
        body.put("monthlyCapacity", Map.of("quantity", 5_000, "unit", "pcs"));
        body.put("unitPriceIdr", Map.of("min", 30_000, "max", 45_000));
        body.put("leadTimeDays", 21);
        body.put("minOrderQuantity", 100);
        body.put("certifications", List.of());
        body.put("localContentPct", 85);
        body.put("facilityIds", List.of());
        body.put("memberIds", List.of());
        return body;
    }

    /** An operating facility of 80 hours a week, with a name of its own. */
    static Map<String, Object> facility(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", "Rumah produksi bersama untuk uji coba");
        body.put("province", "ID-GO");
        body.put("location", Map.of("lat", 0.55, "lon", 123.05));
        body.put("sector", "Pengolahan kelapa");
        body.put("kbli", "10779");
        body.put("processes", List.of("pengeringan", "pengemasan"));
        body.put("weeklyCapacityHours", 80);
        body.put("status", "OPERATING");
        body.put("openedOn", LocalDate.now().minusMonths(3).toString());
        return body;
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> base, String key) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.remove(key);
        return copy;
    }

    /** Any facility of the demo registry in the given status. */
    static UUID demoFacility(String status) {
        return (UUID) Database.value("select id from facility where status = ? order by name limit 1", status);
    }

    static long outboxRows(String type, Object id) {
        return Database.count("select count(*) from outbox where aggregate_type = ? and aggregate_id = ?::uuid", type, id.toString());
    }
}
