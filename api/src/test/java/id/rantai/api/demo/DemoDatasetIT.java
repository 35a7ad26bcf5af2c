package id.rantai.api.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mindrot.jbcrypt.BCrypt;

/** The demo set as the people who log in first see it, loaded on a real PostgreSQL 17. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDatasetIT {

    private static final String PASSWORD = "demo-rantai-2024";
    /** A fixed clock: the same load twice must give the same rows, dates included. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    private MigratedSchema db;
    private DemoDataset.Outcome firstLoad;

    @BeforeAll
    void loadTheDemoSet() throws SQLException {
        db = MigratedSchema.create("demo_it");
        firstLoad = DemoDataset.load(db.dataSource(), PASSWORD, CLOCK);
        System.out.printf("Demo dataset: %,d rows in %,d ms: %s%n",
                firstLoad.rowsWritten().values().stream().mapToLong(Long::longValue).sum(), firstLoad.took().toMillis(),
                firstLoad.rowsWritten());
    }

    @AfterAll
    void dropTheSchema() throws SQLException {
        db.close();
    }

    @Test
    void allThirtyEightProvincesAreThereWithTheirCapitals() throws SQLException {
        assertEquals(38, db.number("SELECT count(*) FROM province"));
        assertEquals("Banda Aceh", db.text("SELECT capital FROM province WHERE iso_code = 'ID-AC'"));
        assertEquals("Merauke", db.text("SELECT capital FROM province WHERE iso_code = 'ID-PS'"));
        assertEquals("1.47,124.84", db.text("SELECT lat || ',' || lon FROM province WHERE iso_code = 'ID-SA'"));
    }

    @Test
    void theEighteenSharedProductionHousesAreOperatingOrPlanned() throws SQLException {
        assertEquals(18, db.number("SELECT count(*) FROM facility"));
        assertEquals(7, db.number("SELECT count(*) FROM facility WHERE status = 'OPERATING'"));
        assertEquals(11, db.number("SELECT count(*) FROM facility WHERE status = 'PLANNED'"));
        assertEquals("OPERATING", db.text("SELECT status FROM facility WHERE name LIKE '%Sabut Kelapa Minahasa%'"));
        assertEquals("OPERATING", db.text("SELECT status FROM facility WHERE name LIKE '%Atsiri Nilam Aceh%'"));
        assertEquals("PLANNED", db.text("SELECT status FROM facility WHERE name = 'Factory Sharing Garmen Mini Rembang'"));
        assertEquals("PLANNED", db.text("SELECT status FROM facility WHERE name = 'Factory Sharing Furnitur Solo Raya'"));
        assertEquals(0, db.number("SELECT count(*) FROM facility WHERE cardinality(processes) = 0"));
        assertEquals(0, db.number("SELECT count(*) FROM facility WHERE status = 'OPERATING' AND opened_on IS NULL"));
    }

    @Test
    void theNineBumnAndTheMinistryAreThere() throws SQLException {
        assertEquals(9, db.number("SELECT count(*) FROM organization WHERE type = 'BUMN'"));
        for (String name : List.of("PT Pertamina (Persero)", "PT PLN (Persero)", "PT PAL Indonesia", "PT Pindad",
                "PT INKA (Persero)", "PT Kereta Api Indonesia (Persero)", "PT Bio Farma (Persero)")) {
            assertEquals(1, db.number("SELECT count(*) FROM organization WHERE type = 'BUMN' AND name = '" + name + "'"),
                    name);
        }
        assertEquals(1, db.number("SELECT count(*) FROM organization WHERE name LIKE 'PT Krakatau Steel%'"));
        assertEquals(1, db.number("SELECT count(*) FROM organization WHERE name LIKE 'PT Semen Indonesia%'"));
        assertEquals(DemoDataset.MINISTRY_NAME, db.text("SELECT name FROM organization WHERE type = 'MINISTRY'"));
    }

    @Test
    void thousandsOfMsmesInHundredsOfCooperativesCoverEveryProvince() throws SQLException {
        assertTrue(db.number("SELECT count(*) FROM organization WHERE type = 'COOPERATIVE'") >= 200);
        assertTrue(db.number("SELECT count(*) FROM msme") >= 2000);
        assertEquals(38, db.number("SELECT count(DISTINCT province) FROM msme"));
        assertEquals(38, db.number("SELECT count(DISTINCT province) FROM organization WHERE type = 'COOPERATIVE'"));
        assertEquals(0, db.number("""
                SELECT count(*) FROM organization o WHERE type = 'COOPERATIVE'
                   AND NOT EXISTS (SELECT 1 FROM cooperative_member m WHERE m.cooperative_id = o.id)"""));
        assertEquals(0, db.number("""
                SELECT count(*) FROM msme s
                 WHERE NOT EXISTS (SELECT 1 FROM cooperative_member m WHERE m.msme_id = s.id)"""));
    }

    @Test
    void msmesAreMostlyMicroAndSmallWithTheExpectedInclusionShares() throws SQLException {
        double total = db.number("SELECT count(*) FROM msme");
        double microOrSmall = db.number("SELECT count(*) FROM msme WHERE size_class IN ('MICRO', 'SMALL')") / total;
        double womenLed = db.number("SELECT count(*) FROM msme WHERE women_led") / total;
        double youthLed = db.number("SELECT count(*) FROM msme WHERE youth_led") / total;
        double green = db.number("SELECT count(*) FROM msme WHERE green") / total;
        assertAll(
                () -> assertTrue(microOrSmall > 0.85, "micro or small " + microOrSmall),
                () -> assertTrue(womenLed > 0.30 && womenLed < 0.40, "women-led " + womenLed),
                () -> assertTrue(youthLed > 0.20 && youthLed < 0.30, "youth-led " + youthLed),
                () -> assertTrue(green > 0.15 && green < 0.25, "green " + green));
    }

    @Test
    void everyMsmeHasAThirteenDigitNibOfItsOwn() throws SQLException {
        assertEquals(db.number("SELECT count(*) FROM msme"), db.number("SELECT count(DISTINCT nib) FROM msme"));
        assertEquals(0, db.number("SELECT count(*) FROM msme WHERE nib !~ '^[0-9]{13}$'"));
        assertEquals(0, db.number("SELECT count(*) FROM msme WHERE owner_name IS NULL"));
    }

    @Test
    void everyCooperativeOffersOneToFourCatalogueEntriesInItsSectorsLanguage() throws SQLException {
        assertEquals(0, db.number("""
                SELECT count(*) FROM (
                    SELECT o.id, count(c.id) AS entries FROM organization o
                      LEFT JOIN capability c ON c.cooperative_id = o.id
                     WHERE o.type = 'COOPERATIVE' GROUP BY o.id) per_cooperative
                 WHERE entries NOT BETWEEN 1 AND 4"""));
        assertTrue(db.number("SELECT count(*) FROM capability WHERE title = 'Sabut kelapa (coconut fibre / coir) untuk matras'") > 0);
        assertTrue(db.number("SELECT count(*) FROM capability WHERE title = 'Minyak atsiri nilam (patchouli essential oil)'") > 0);
        assertTrue(db.number("SELECT count(*) FROM capability WHERE title = 'Komponen logam presisi (machining)'") > 0);
        assertTrue(db.number("SELECT count(*) FROM capability WHERE title LIKE 'Mebel kayu jati%'") > 0);
        assertEquals(0, db.number("SELECT count(*) FROM capability WHERE unit_price_min_idr > unit_price_max_idr"));
        // a catalogue entry names producing members, and only members of its own cooperative
        assertEquals(0, db.number("""
                SELECT count(*) FROM capability c
                 WHERE NOT EXISTS (SELECT 1 FROM capability_member m WHERE m.capability_id = c.id)"""));
        assertTrue(db.number("SELECT count(*) FROM capability_facility") > 0);
        assertTrue(db.number("SELECT count(*) FROM cluster") > 10);
    }

    @Test
    void everyDemoAccountExistsWithItsRoleOrganisationAndPassword() throws SQLException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("officer.pertamina", "OFFICER|PT Pertamina (Persero)");
        expected.put("officer.pln", "OFFICER|PT PLN (Persero)");
        expected.put("coop.sabut", "COOPERATIVE|Koperasi Produsen Sabut Kelapa Minahasa");
        expected.put("coop.mebel", "COOPERATIVE|KSU Mebel Jepara Makmur");
        expected.put("analyst.kemenkop", "MINISTRY|" + DemoDataset.MINISTRY_NAME);
        expected.put("admin", "ADMIN|null");
        assertEquals(List.copyOf(expected.keySet()), DemoDataset.DEMO_USERNAMES);
        try (Connection connection = db.connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT u.role, o.name, u.password_hash, u.enabled FROM app_user u
                  LEFT JOIN organization o ON o.id = u.organization_id WHERE u.username = ?""")) {
            for (Map.Entry<String, String> account : expected.entrySet()) {
                query.setString(1, account.getKey());
                try (ResultSet row = query.executeQuery()) {
                    assertTrue(row.next(), account.getKey() + " exists");
                    assertEquals(account.getValue(), row.getString(1) + "|" + row.getString(2), account.getKey());
                    assertTrue(BCrypt.checkpw(PASSWORD, row.getString(3)), account.getKey() + " takes the demo password");
                    assertTrue(row.getBoolean(4));
                }
            }
        }
        assertEquals("ID-SA", db.text("""
                SELECT o.province FROM app_user u JOIN organization o ON o.id = u.organization_id
                 WHERE u.username = 'coop.sabut'"""));
        assertEquals("ID-JT", db.text("""
                SELECT o.province FROM app_user u JOIN organization o ON o.id = u.organization_id
                 WHERE u.username = 'coop.mebel'"""));
        assertTrue(db.number("""
                SELECT count(*) FROM capability c JOIN app_user u ON u.organization_id = c.cooperative_id
                 WHERE u.username = 'coop.sabut' AND c.kbli = '13111'""") >= 3);
        assertTrue(db.number("""
                SELECT count(*) FROM capability c JOIN app_user u ON u.organization_id = c.cooperative_id
                 WHERE u.username = 'coop.mebel' AND c.kbli = '31001'""") >= 3);
    }

    @Test
    void demandsAreInEveryStatusOfTheLifecycle() throws SQLException {
        for (String status : List.of("DRAFT", "OPEN", "EVALUATION", "AWARDED", "COMPLETED", "CANCELLED")) {
            assertTrue(db.number("SELECT count(*) FROM demand WHERE status = '" + status + "'") >= 3, status);
        }
        assertEquals(DemoDataset.demandsPerStatus().values().stream().mapToLong(Long::longValue).sum(),
                db.number("SELECT count(*) FROM demand"));
        assertEquals(0, db.number("SELECT count(*) FROM demand d WHERE NOT EXISTS (SELECT 1 FROM lot l WHERE l.demand_id = d.id)"));
        assertTrue(db.number("""
                SELECT count(*) FROM demand d JOIN organization o ON o.id = d.buyer_organization_id
                 WHERE o.short_name IN ('Pertamina', 'PLN')""") >= 10);
    }

    @Test
    void openDemandsTakeBidsUntilAFutureDeadlineAndEvaluationOnesHaveSeveralSealedBids() throws SQLException {
        String now = "'" + CLOCK.instant() + "'::timestamptz";
        assertEquals(0, db.number("SELECT count(*) FROM demand WHERE status = 'OPEN' AND bid_deadline <= " + now));
        assertEquals(0, db.number("SELECT count(*) FROM demand WHERE status = 'EVALUATION' AND bid_deadline > " + now));
        assertEquals(0, db.number("""
                SELECT count(*) FROM lot l JOIN demand d ON d.id = l.demand_id
                 WHERE d.status = 'EVALUATION'
                   AND (SELECT count(*) FROM bid b WHERE b.lot_id = l.id AND b.status = 'SUBMITTED') < 2"""));
        assertEquals(0, db.number("SELECT count(*) FROM bid b JOIN lot l ON l.id = b.lot_id JOIN demand d ON d.id = l.demand_id "
                + "WHERE b.submitted_at > d.bid_deadline OR b.submitted_at < d.published_at"));
        assertEquals(0, db.number("SELECT count(*) FROM bid b JOIN lot l ON l.id = b.lot_id JOIN demand d ON d.id = l.demand_id "
                + "WHERE d.status = 'DRAFT'"));
        // the demo cooperatives have something to look at: a sealed bid of their own on an open demand
        assertTrue(db.number("""
                SELECT count(*) FROM bid b JOIN lot l ON l.id = b.lot_id JOIN demand d ON d.id = l.demand_id
                  JOIN app_user u ON u.organization_id = b.cooperative_id
                 WHERE d.status = 'OPEN' AND u.username = 'coop.sabut'""") >= 1);
    }

    @Test
    void awardedAndCompletedDemandsHaveAwardsAndCompletedOnesAreFullyDelivered() throws SQLException {
        assertEquals(0, db.number("""
                SELECT count(*) FROM demand d WHERE d.status IN ('AWARDED', 'COMPLETED')
                   AND NOT EXISTS (SELECT 1 FROM award a WHERE a.demand_id = d.id)"""));
        assertEquals(0, db.number("SELECT count(*) FROM award a JOIN demand d ON d.id = a.demand_id "
                + "WHERE d.status NOT IN ('AWARDED', 'COMPLETED')"));
        assertEquals(0, db.number("""
                SELECT count(*) FROM award a JOIN demand d ON d.id = a.demand_id
                 WHERE d.status = 'COMPLETED'
                   AND a.quantity <> (SELECT coalesce(sum(x.quantity), 0) FROM delivery x WHERE x.award_id = a.id)"""));
        assertEquals(0, db.number("""
                SELECT count(*) FROM lot l
                 WHERE (SELECT coalesce(sum(a.quantity), 0) FROM award a WHERE a.lot_id = l.id) > l.quantity"""));
        assertEquals(0, db.number("SELECT count(*) FROM award a JOIN bid b ON b.id = a.bid_id WHERE a.quantity > b.quantity"));
        assertTrue(db.number("SELECT count(*) FROM delivery WHERE NOT on_time") > 0, "some deliveries are late");
        assertTrue(db.number("""
                SELECT count(*) FROM award a JOIN app_user u ON u.organization_id = a.cooperative_id
                 WHERE u.username = 'coop.sabut'""") >= 1, "coop.sabut has won an award");
    }

    @Test
    void cancelledDemandsRecordWhenTheyWereCancelled() throws SQLException {
        assertEquals(0, db.number("SELECT count(*) FROM demand WHERE status = 'CANCELLED' AND cancelled_at IS NULL"));
        assertTrue(db.number("SELECT count(*) FROM demand WHERE status = 'CANCELLED' AND published_at IS NULL") >= 1);
    }

    @Test
    void loadingTwiceChangesNothing() throws SQLException {
        assertTrue(firstLoad.loaded());
        Map<String, Long> before = rowCounts();
        DemoDataset.Outcome second = DemoDataset.load(db.dataSource(), PASSWORD, CLOCK);
        assertFalse(second.loaded());
        assertEquals(before, rowCounts());
        assertEquals(firstLoad.rowsWritten().get("msme"), before.get("msme"));
    }

    @Test
    void theSameSeedGivesTheSameDataset() throws SQLException {
        try (MigratedSchema other = MigratedSchema.create("demo_it_again")) {
            DemoDataset.load(other.dataSource(), PASSWORD, CLOCK);
            for (String fingerprint : List.of(
                    "SELECT md5(string_agg(concat_ws('|', id, name, nib, owner_name, province, lat, lon), ',' ORDER BY id)) FROM msme",
                    "SELECT md5(string_agg(concat_ws('|', id, name, province), ',' ORDER BY id)) FROM organization",
                    "SELECT md5(string_agg(concat_ws('|', id, title, unit_price_min_idr, monthly_capacity_qty), ',' ORDER BY id)) "
                            + "FROM capability",
                    "SELECT md5(string_agg(concat_ws('|', id, quantity, unit_price_idr, submitted_at), ',' ORDER BY id)) FROM bid",
                    "SELECT md5(string_agg(concat_ws('|', id, quantity, delivered_on), ',' ORDER BY id)) FROM delivery")) {
                assertEquals(db.text(fingerprint), other.text(fingerprint), fingerprint);
            }
        }
    }

    @Test
    void theOutcomeCountsWhatWasWritten() throws SQLException {
        assertEquals(db.number("SELECT count(*) FROM organization"), firstLoad.rowsWritten().get("organization"));
        assertEquals(db.number("SELECT count(*) FROM bid"), firstLoad.rowsWritten().get("bid"));
        assertNull(firstLoad.rowsWritten().get("audit_log"));
        assertTrue(firstLoad.skippedUsernames().isEmpty());
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("organization", "app_user", "facility", "msme", "msme_certification",
                "cooperative_member", "capability", "capability_member", "capability_facility", "cluster",
                "cluster_member", "demand", "lot", "bid", "bid_member", "award", "delivery")) {
            counts.put(table, db.number("SELECT count(*) FROM " + table));
        }
        return counts;
    }
}
