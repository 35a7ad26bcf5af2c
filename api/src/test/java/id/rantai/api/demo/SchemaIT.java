package id.rantai.api.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The rules the database keeps whatever code writes to it. Each attempt runs in a transaction that is
 * rolled back, on top of the demo set (which supplies cooperatives, members, lots and bids to break
 * rules with).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaIT {

    private static final String CHECK = "23514";
    private static final String FOREIGN_KEY = "23503";
    private static final String UNIQUE = "23505";
    private static final String NOT_ALLOWED = "42501";
    private static final String TOO_LONG = "22001";
    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuu0123456789abcdefghijklmnopqrstu";

    private MigratedSchema db;
    private String sabut;
    private String sabutMember;
    private String otherMsme;
    private String pertamina;
    private String pertaminaOfficer;
    private String plnOfficer;
    private String openLot;
    private String otherLot;
    private String bidOnOtherLot;

    @BeforeAll
    void loadTheDemoSet() throws SQLException {
        db = MigratedSchema.create("schema_it");
        DemoDataset.load(db.dataSource(), "demo-rantai-2024",
                Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC));
        sabut = db.text("SELECT organization_id FROM app_user WHERE username = 'coop.sabut'");
        sabutMember = db.text("SELECT msme_id FROM cooperative_member WHERE cooperative_id = '" + sabut + "' LIMIT 1");
        otherMsme = db.text("SELECT msme_id FROM cooperative_member WHERE cooperative_id <> '" + sabut + "' LIMIT 1");
        pertamina = db.text("SELECT organization_id FROM app_user WHERE username = 'officer.pertamina'");
        pertaminaOfficer = db.text("SELECT id FROM app_user WHERE username = 'officer.pertamina'");
        plnOfficer = db.text("SELECT id FROM app_user WHERE username = 'officer.pln'");
        // an open lot coop.sabut has not bid on, and a bid on another lot
        openLot = db.text("""
                SELECT l.id FROM lot l JOIN demand d ON d.id = l.demand_id WHERE d.status = 'OPEN'
                   AND NOT EXISTS (SELECT 1 FROM bid b WHERE b.lot_id = l.id AND b.cooperative_id = '%s')
                 ORDER BY l.id LIMIT 1""".formatted(sabut));
        bidOnOtherLot = db.text("SELECT id FROM bid WHERE lot_id <> '" + openLot + "' AND status = 'SUBMITTED' ORDER BY id LIMIT 1");
        otherLot = db.text("SELECT lot_id FROM bid WHERE id = '" + bidOnOtherLot + "'");
    }

    @AfterAll
    void dropTheSchema() throws SQLException {
        db.close();
    }

    @Test
    void theAuditLogTakesNewEntriesButRefusesToChangeOrLoseThem() throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO audit_log (actor_username, action, entity_type, entity_id, change)
                    VALUES ('officer.pertamina', 'PUBLISH', 'demand', 'd-1', '{"after": {"status": "OPEN"}}')""");
            assertState(NOT_ALLOWED, () -> statement.execute("UPDATE audit_log SET action = 'CANCEL'"));
            assertState(NOT_ALLOWED, () -> statement.execute("DELETE FROM audit_log"));
            assertState(NOT_ALLOWED, () -> statement.execute("DELETE FROM audit_log WHERE false"));
            assertState(NOT_ALLOWED, () -> statement.execute("TRUNCATE audit_log"));
        }
        assertEquals(1, db.number("SELECT count(*) FROM audit_log WHERE action = 'PUBLISH'"));
    }

    @Test
    void aNibMustBeThirteenDigits() {
        assertRejected(CHECK, msme("123456789012", -6.2, 106.8));
        assertRejected(CHECK, msme("12345678901AB", -6.2, 106.8));
        assertRejected(TOO_LONG, msme("12345678901234", -6.2, 106.8));
        assertAccepted(msme("1234567890123", -6.2, 106.8));
    }

    @Test
    void aNibBelongsToOneMsme() throws SQLException {
        String taken = db.text("SELECT nib FROM msme LIMIT 1");
        assertRejected(UNIQUE, msme(taken, -6.2, 106.8));
    }

    @Test
    void coordinatesOutsideIndonesiaAreRejected() {
        // lat and lon swapped by mistake
        assertRejected(CHECK, msme("1234567890123", 106.8, -6.2));
    }

    @Test
    void aBidQuantityAndPriceMustBePositive() {
        assertRejected(CHECK, bid(openLot, sabut, 0, 10_000, "SUBMITTED"));
        assertRejected(CHECK, bid(openLot, sabut, -5, 10_000, "SUBMITTED"));
        assertRejected(CHECK, bid(openLot, sabut, 100, 0, "SUBMITTED"));
        assertAccepted(bid(openLot, sabut, 100, 10_000, "SUBMITTED"));
    }

    @Test
    void aCooperativeHasOneLiveBidPerLotButMayBidAgainAfterWithdrawing() {
        assertRejected(UNIQUE, bid(openLot, sabut, 100, 10_000, "SUBMITTED") + ";"
                + bid(openLot, sabut, 200, 9_000, "SUBMITTED"));
        assertAccepted(bid(openLot, sabut, 100, 10_000, "WITHDRAWN") + ";" + bid(openLot, sabut, 200, 9_000, "SUBMITTED"));
    }

    @Test
    void onlyACooperativeCanBid() {
        assertRejected(FOREIGN_KEY, bid(openLot, pertamina, 100, 10_000, "SUBMITTED"));
    }

    @Test
    void aBidNamesOnlyMembersOfTheBiddingCooperative() {
        UUID bid = UUID.randomUUID();
        String placeBid = bid(bid, openLot, sabut, 100, 10_000, "SUBMITTED");
        assertAccepted(placeBid + "; INSERT INTO bid_member VALUES ('" + bid + "', '" + sabutMember + "')");
        assertRejected(FOREIGN_KEY, placeBid + "; INSERT INTO bid_member VALUES ('" + bid + "', '" + otherMsme + "')");
    }

    @Test
    void aCatalogueEntryNamesOnlyMembersOfItsCooperative() throws SQLException {
        String capability = db.text("SELECT id FROM capability WHERE cooperative_id = '" + sabut + "' LIMIT 1");
        assertRejected(FOREIGN_KEY, "INSERT INTO capability_member VALUES ('" + capability + "', '" + otherMsme + "')");
    }

    @Test
    void aCatalogueEntryKeepsItsPriceRangeAndKbliInShape() {
        String entry = """
                INSERT INTO capability (cooperative_id, title, kbli, monthly_capacity_qty, capacity_unit,
                                        unit_price_min_idr, unit_price_max_idr, lead_time_days)
                VALUES ('%s', 'Cocopeat blok', '%s', 1000, 'blok', %d, %d, 7)""";
        assertRejected(CHECK, entry.formatted(sabut, "13111", 20_000, 15_000));
        assertRejected(CHECK, entry.formatted(sabut, "1311", 15_000, 20_000));
        assertRejected(FOREIGN_KEY, entry.formatted(pertamina, "13111", 15_000, 20_000));
        assertAccepted(entry.formatted(sabut, "13111", 15_000, 20_000));
    }

    @Test
    void onlyACooperativeHasMembers() {
        assertRejected(FOREIGN_KEY, "INSERT INTO cooperative_member (cooperative_id, msme_id) VALUES ('"
                + pertamina + "', '" + otherMsme + "')");
    }

    @Test
    void aUsersRoleMatchesTheirOrganisation() {
        String user = "INSERT INTO app_user (username, password_hash, role, organization_id, display_name) "
                + "VALUES ('%s', '" + HASH + "', '%s', %s, 'Test')";
        assertRejected(FOREIGN_KEY, user.formatted("officer.wrong", "OFFICER", "'" + sabut + "'"));
        assertRejected(FOREIGN_KEY, user.formatted("coop.wrong", "COOPERATIVE", "'" + pertamina + "'"));
        assertRejected(CHECK, user.formatted("officer.nobody", "OFFICER", "NULL"));
        assertAccepted(user.formatted("officer.right", "OFFICER", "'" + pertamina + "'"));
        assertAccepted(user.formatted("admin.two", "ADMIN", "NULL"));
    }

    @Test
    void usernamesAreUniqueWhateverTheirCaseAndPasswordsAreStoredHashed() {
        assertRejected(UNIQUE, "INSERT INTO app_user (username, password_hash, role, display_name) "
                + "VALUES ('Admin', '" + HASH + "', 'ADMIN', 'Another admin')");
        assertRejected(CHECK, "INSERT INTO app_user (username, password_hash, role, display_name) "
                + "VALUES ('admin.plain', 'secret123', 'ADMIN', 'Plain')");
    }

    @Test
    void onlyABumnPostsDemandsAndOnlyItsOwnOfficersWriteThem() {
        String demand = "INSERT INTO demand (buyer_organization_id, created_by, title, kbli, bid_deadline) "
                + "VALUES ('%s', '%s', 'Cocomesh', '13111', now() + interval '7 days')";
        assertRejected(FOREIGN_KEY, demand.formatted(sabut, pertaminaOfficer));
        assertRejected(FOREIGN_KEY, demand.formatted(pertamina, plnOfficer));
        assertAccepted(demand.formatted(pertamina, pertaminaOfficer));
    }

    @Test
    void aDraftIsNeverPublishedAndACancelledDemandSaysWhen() {
        String demand = "INSERT INTO demand (buyer_organization_id, created_by, title, kbli, bid_deadline, status, "
                + "published_at, cancelled_at) VALUES ('" + pertamina + "', '" + pertaminaOfficer
                + "', 'Cocomesh', '13111', now() + interval '7 days', '%s', %s, %s)";
        assertRejected(CHECK, demand.formatted("DRAFT", "now()", "NULL"));
        assertRejected(CHECK, demand.formatted("OPEN", "NULL", "NULL"));
        assertRejected(CHECK, demand.formatted("CANCELLED", "NULL", "NULL"));
        assertAccepted(demand.formatted("CANCELLED", "NULL", "now()"));
    }

    @Test
    void anAwardMatchesItsBidsLotAndCooperative() throws SQLException {
        String demandOfOtherLot = db.text("SELECT demand_id FROM lot WHERE id = '" + otherLot + "'");
        String bidder = db.text("SELECT cooperative_id FROM bid WHERE id = '" + bidOnOtherLot + "'");
        String demandOfOpenLot = db.text("SELECT demand_id FROM lot WHERE id = '" + openLot + "'");
        String award = "INSERT INTO award (demand_id, lot_id, bid_id, cooperative_id, quantity, unit_price_idr, "
                + "evaluated_price_idr, awarded_by, week) VALUES ('%s', '%s', '" + bidOnOtherLot + "', '%s', 1, 1000, 900, '"
                + pertaminaOfficer + "', %s)";
        assertRejected(FOREIGN_KEY, award.formatted(demandOfOpenLot, openLot, bidder, "NULL"));
        assertRejected(FOREIGN_KEY, award.formatted(demandOfOpenLot, otherLot, bidder, "NULL"));
        assertRejected(FOREIGN_KEY, award.formatted(demandOfOtherLot, otherLot, sabut.equals(bidder) ? pertamina : sabut,
                "NULL"));
        assertRejected(CHECK, award.formatted(demandOfOtherLot, otherLot, bidder, "'2026-03-04'"));
        assertAccepted(award.formatted(demandOfOtherLot, otherLot, bidder, "'2026-03-02'"));
    }

    @Test
    void aDemandHasAtMostOneAcceptedPlan() throws SQLException {
        String demand = db.text("SELECT id FROM demand WHERE status = 'EVALUATION' LIMIT 1");
        String plan = "INSERT INTO award_plan (demand_id, status, time_limit_seconds, requested_by) VALUES ('"
                + demand + "', '%s', 30, '" + pertaminaOfficer + "')";
        assertAccepted(plan.formatted("ACCEPTED") + ";" + plan.formatted("SOLVED") + ";" + plan.formatted("SOLVED"));
        assertRejected(UNIQUE, plan.formatted("ACCEPTED") + ";" + plan.formatted("ACCEPTED"));
    }

    @Test
    void unprocessedOutboxRowsAreFoundByTheirIndex() throws SQLException {
        assertEquals(1, db.number("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() "
                + "AND indexname = 'outbox_unprocessed_idx' AND indexdef LIKE '%WHERE (processed_at IS NULL)%'"));
    }

    private String msme(String nib, double lat, double lon) {
        return "INSERT INTO msme (name, nib, province, lat, lon, size_class) VALUES ('UD Uji Coba', '" + nib
                + "', 'ID-JK', " + lat + ", " + lon + ", 'MICRO')";
    }

    private String bid(String lot, String cooperative, long quantity, long price, String status) {
        return bid(UUID.randomUUID(), lot, cooperative, quantity, price, status);
    }

    private String bid(UUID id, String lot, String cooperative, long quantity, long price, String status) {
        return "INSERT INTO bid (id, lot_id, cooperative_id, quantity, unit_price_idr, lead_time_days, status) VALUES ('"
                + id + "', '" + lot + "', '" + cooperative + "', " + quantity + ", " + price + ", 14, '" + status + "')";
    }

    /** Runs the statements in a transaction that is always rolled back; expects them to fail with the state. */
    private void assertRejected(String sqlState, String statements) {
        SQLException rejected = assertThrows(SQLException.class, () -> inRolledBackTransaction(statements),
                () -> "expected SQLSTATE " + sqlState + " for: " + statements);
        assertEquals(sqlState, rejected.getSQLState(), rejected.getMessage());
    }

    private void assertAccepted(String statements) {
        try {
            inRolledBackTransaction(statements);
        } catch (SQLException e) {
            throw new AssertionError("expected to be accepted: " + statements + "\n" + e.getMessage(), e);
        }
    }

    private void inRolledBackTransaction(String statements) throws SQLException {
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try {
                for (String sql : statements.split(";")) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.execute();
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static void assertState(String sqlState, SqlAction action) {
        SQLException rejected = assertThrows(SQLException.class, action::run);
        assertEquals(sqlState, rejected.getSQLState(), rejected.getMessage());
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }
}
