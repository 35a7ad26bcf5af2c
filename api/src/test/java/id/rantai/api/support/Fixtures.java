package id.rantai.api.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and demo-data lookups the tests build on. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A demand with {@code lots} lots of 1,000 units each (ceiling Rp50,000), bidding closing at {@code deadline}. */
    public static Map<String, Object> demand(String title, OffsetDateTime deadline, int lots) {
        List<Map<String, Object>> lotBodies = new ArrayList<>();
        for (int i = 1; i <= lots; i++) {
            lotBodies.add(lot("Lot " + i + ": sabut kelapa press", 1_000));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Komponen untuk program kemitraan UMKM");
        body.put("kbli", "22199");
        body.put("bidDeadline", deadline.toString());
        body.put("lots", lotBodies);
        return body;
    }

    public static Map<String, Object> lot(String title, long quantity) {
        Map<String, Object> lot = new LinkedHashMap<>();
        lot.put("title", title);
        lot.put("specification", "Cocofiber press, 1 x 2 m, kadar air < 15%");
        lot.put("quantity", quantity);
        lot.put("unit", "pcs");
        lot.put("requiredCertifications", List.of());
        lot.put("minLocalContentPct", 40);
        lot.put("deliveryProvince", "ID-JT");
        lot.put("deliveryDeadline", LocalDate.now().plusDays(60).toString());
        lot.put("maxUnitPriceIdr", 50_000);
        return lot;
    }

    public static OffsetDateTime inSeconds(long seconds) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds);
    }

    public static OffsetDateTime inDays(long days) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days);
    }

    public static Map<String, Object> bid(long quantity, long unitPrice, List<UUID> members) {
        Map<String, Object> bid = new LinkedHashMap<>();
        bid.put("quantity", quantity);
        bid.put("unitPriceIdr", unitPrice);
        bid.put("leadTimeDays", 14);
        bid.put("localContentPct", 60);
        bid.put("memberIds", members.stream().map(UUID::toString).toList());
        return bid;
    }

    /** The cooperative a demo user works for. */
    public static UUID organizationOf(String username) {
        return (UUID) Database.value("select organization_id from app_user where username = ?", username);
    }

    /** Member MSMEs of the demo user's cooperative. */
    public static List<UUID> membersOf(String cooperativeUser) {
        return Database.column("select msme_id from cooperative_member where cooperative_id = ? order by msme_id limit 3",
                organizationOf(cooperativeUser)).stream().map(UUID.class::cast).toList();
    }
}
