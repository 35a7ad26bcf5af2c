package id.rantai.api.monitoring;

import id.rantai.api.support.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A small fixed procurement history of its own BUMN, written straight into the database so that the
 * figures can be computed by hand (see {@link InclusionFiguresIT}). Filtered by {@link #buyer}, the shared
 * demo data does not touch the numbers. Two cooperatives, four member MSMEs A &lt; B &lt; C &lt; D (in
 * msme_id order, which decides who gets a remainder rupiah), two demands and five awards:
 *
 * <pre>
 * MSME  province  size    women youth green
 * A     ID-SA     MICRO   yes   -     -       member of Koperasi Uji Satu (ID-SA)
 * B     ID-SA     SMALL   -     yes   yes     member of Koperasi Uji Satu
 * C     ID-JT     MEDIUM  yes   yes   -       member of Koperasi Uji Satu
 * D     ID-JT     MICRO   -     yes   yes     member of Koperasi Uji Dua (ID-JT)
 *
 * award demand (KBLI) bid names  quantity × price   value   awarded (WIB)
 * a1    1 (22199)     A, B, C    7 × 1,429        10,003   2025-03-10 09:00
 * a2    1 (22199)     B, C       3 × 1,001         3,003   2025-03-10 09:00
 * a3    2 (31001)     D         10 × 2,500        25,000   2025-03-31 23:30 (last minute of March in WIB)
 * a4    2 (31001)     nobody     4 × 1,250         5,000   2025-03-20 14:00
 * a5    2 (31001)     A          1 × 999             999   2025-04-01 00:30 (still 31 March in UTC)
 * </pre>
 */
public final class InclusionDataset {

    /** A title a spreadsheet would take for a formula, with a comma, quotes, a line break and non-ASCII letters. */
    public static final String TRICKY_TITLE = "=SUM(1,2) kursi \"jati\", baris\ndua – ukir Jepara ü";

    public final UUID buyer = UUID.randomUUID();
    public final UUID officer = UUID.randomUUID();
    public final UUID cooperativeOne = UUID.randomUUID();
    public final UUID cooperativeTwo = UUID.randomUUID();
    /** A, B, C, D: sorted as PostgreSQL sorts uuids (byte by byte, the same as their text). */
    public final List<UUID> msmes = Stream.generate(UUID::randomUUID).limit(4)
            .sorted(Comparator.comparing(UUID::toString)).toList();
    public final UUID demandOne = UUID.randomUUID();
    public final UUID demandTwo = UUID.randomUUID();
    public final List<UUID> awards = new ArrayList<>();

    public static InclusionDataset insert() {
        InclusionDataset data = new InclusionDataset();
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            data.write(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return data;
    }

    public UUID a() {
        return msmes.get(0);
    }

    public UUID b() {
        return msmes.get(1);
    }

    public UUID c() {
        return msmes.get(2);
    }

    public UUID d() {
        return msmes.get(3);
    }

    private void write(Connection c) throws SQLException {
        // history: these bids were placed long ago, so the bid window check of today does not apply
        exec(c, "set local rantai.bid_window_check = 'off'");
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
        organisation(c, buyer, "BUMN", "PT Uji Inklusi " + tag + " (Persero)", "ID-JK");
        organisation(c, cooperativeOne, "COOPERATIVE", "Koperasi Uji Satu " + tag, "ID-SA");
        organisation(c, cooperativeTwo, "COOPERATIVE", "Koperasi Uji Dua " + tag, "ID-JT");
        exec(c, """
                insert into app_user (id, username, password_hash, role, organization_id, display_name)
                values (?, ?, '$2a$10$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0', 'OFFICER', ?, 'Petugas Uji')""",
                officer, "officer.uji." + tag, buyer);
        msme(c, a(), "ID-SA", "MICRO", true, false, false);
        msme(c, b(), "ID-SA", "SMALL", false, true, true);
        msme(c, c(), "ID-JT", "MEDIUM", true, true, false);
        msme(c, d(), "ID-JT", "MICRO", false, true, true);
        for (UUID member : List.of(a(), b(), c())) {
            exec(c, "insert into cooperative_member (cooperative_id, msme_id) values (?, ?)", cooperativeOne, member);
        }
        exec(c, "insert into cooperative_member (cooperative_id, msme_id) values (?, ?)", cooperativeTwo, d());

        demand(c, demandOne, "22199", "Uji inklusi: matras sabut");
        demand(c, demandTwo, "31001", TRICKY_TITLE);
        UUID lot11 = lot(c, demandOne, 1);
        UUID lot12 = lot(c, demandOne, 2);
        UUID lot21 = lot(c, demandTwo, 1);
        UUID lot22 = lot(c, demandTwo, 2);
        UUID lot23 = lot(c, demandTwo, 3);

        award(c, demandOne, lot11, bid(c, lot11, cooperativeOne, 1_429, a(), b(), c()), cooperativeOne, 7, 1_429,
                "2025-03-10T09:00:00+07:00");
        award(c, demandOne, lot12, bid(c, lot12, cooperativeOne, 1_001, b(), c()), cooperativeOne, 3, 1_001,
                "2025-03-10T09:00:00+07:00");
        award(c, demandTwo, lot21, bid(c, lot21, cooperativeTwo, 2_500, d()), cooperativeTwo, 10, 2_500,
                "2025-03-31T23:30:00+07:00");
        award(c, demandTwo, lot22, bid(c, lot22, cooperativeTwo, 1_250), cooperativeTwo, 4, 1_250,
                "2025-03-20T14:00:00+07:00");
        award(c, demandTwo, lot23, bid(c, lot23, cooperativeOne, 999, a()), cooperativeOne, 1, 999,
                "2025-04-01T00:30:00+07:00");
    }

    private void organisation(Connection c, UUID id, String type, String name, String province) throws SQLException {
        exec(c, "insert into organization (id, type, name, province) values (?, ?, ?, ?)", id, type, name, province);
    }

    private static void msme(Connection c, UUID id, String province, String size, boolean women, boolean youth, boolean green)
            throws SQLException {
        String nib = "99" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        exec(c, """
                insert into msme (id, name, nib, owner_name, province, lat, lon, size_class, women_led, youth_led, green)
                select ?, 'UMKM Uji ' || ?, ?, 'Pemilik Rahasia ' || ?, p.iso_code, p.lat, p.lon, ?, ?, ?, ?
                from province p where p.iso_code = ?""",
                id, nib, nib, nib, size, women, youth, green, province);
    }

    private void demand(Connection c, UUID id, String kbli, String title) throws SQLException {
        exec(c, """
                insert into demand (id, buyer_organization_id, created_by, title, kbli, status, bid_deadline, published_at,
                                    created_at, updated_at)
                values (?, ?, ?, ?, ?, 'AWARDED', '2025-03-01T10:00:00+07:00', '2025-02-10T10:00:00+07:00',
                        '2025-02-09T10:00:00+07:00', '2025-03-10T09:00:00+07:00')""",
                id, buyer, officer, title, kbli);
    }

    private static UUID lot(Connection c, UUID demand, int lotNo) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, """
                insert into lot (id, demand_id, lot_no, title, quantity, unit, delivery_province, delivery_deadline,
                                 max_unit_price_idr)
                values (?, ?, ?, ?, 100, 'pcs', 'ID-JK', '2025-05-30', 5000)""", id, demand, lotNo, "Lot uji " + lotNo);
        return id;
    }

    private static UUID bid(Connection c, UUID lot, UUID cooperative, long price, UUID... members) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, """
                insert into bid (id, lot_id, cooperative_id, quantity, unit_price_idr, lead_time_days, local_content_pct,
                                 submitted_at, updated_at)
                values (?, ?, ?, 100, ?, 14, 60, '2025-02-20T10:00:00+07:00', '2025-02-20T10:00:00+07:00')""",
                id, lot, cooperative, price);
        for (UUID member : members) {
            exec(c, "insert into bid_member (bid_id, msme_id) values (?, ?)", id, member);
        }
        return id;
    }

    private void award(Connection c, UUID demand, UUID lot, UUID bid, UUID cooperative, long quantity, long price,
                       String awardedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, """
                insert into award (id, demand_id, lot_id, bid_id, cooperative_id, quantity, unit_price_idr,
                                   evaluated_price_idr, awarded_at, awarded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, demand, lot, bid, cooperative, quantity, price, price * 85 / 100, OffsetDateTime.parse(awardedAt), officer);
        awards.add(id);
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.execute();
        }
    }
}
