package id.rantai.api.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A hundred thousand generated MSMEs on top of the demo set (size by {@code -Drantai.synthetic.msmes}),
 * written with COPY; the time it takes is printed to the test output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticDatasetIT {

    private static final int MSMES = Integer.getInteger("rantai.synthetic.msmes", 100_000);
    private static final long SEED = 7L;

    private MigratedSchema db;
    private long demoMsmes;
    private long demoCooperatives;
    private SyntheticDataset.Outcome outcome;

    @BeforeAll
    void generate() throws SQLException {
        db = MigratedSchema.create("synthetic_it");
        DemoDataset.load(db.dataSource(), "demo-rantai-2024");
        demoMsmes = db.number("SELECT count(*) FROM msme");
        demoCooperatives = db.number("SELECT count(*) FROM organization WHERE type = 'COOPERATIVE'");
        outcome = DemoDataset.generate(db.dataSource(), MSMES, SEED);
        System.out.printf("Synthetic dataset: %,d MSMEs, %,d cooperatives, %,d capabilities, %,d rows in %,d ms%n",
                outcome.msmes(), outcome.cooperatives(), outcome.capabilities(), outcome.rows(), outcome.took().toMillis());
    }

    @AfterAll
    void dropTheSchema() throws SQLException {
        db.close();
    }

    @Test
    void theRequestedNumberOfMsmesArrivesInCooperativesOfAboutTen() throws SQLException {
        assertTrue(outcome.generated());
        assertEquals(MSMES, outcome.msmes());
        assertEquals(demoMsmes + MSMES, db.number("SELECT count(*) FROM msme"));
        assertEquals(demoCooperatives + MSMES / 10, db.number("SELECT count(*) FROM organization WHERE type = 'COOPERATIVE'"));
        assertEquals(db.number("SELECT count(*) FROM msme"), db.number("SELECT count(DISTINCT msme_id) FROM cooperative_member"));
        assertEquals(db.number("SELECT count(*) FROM msme"), db.number("SELECT count(DISTINCT nib) FROM msme"));
    }

    @Test
    void generatedCooperativesLookLikeTheDemoOnes() throws SQLException {
        assertEquals(38, db.number("SELECT count(DISTINCT province) FROM msme WHERE nib LIKE '8%'"));
        assertEquals(0, db.number("""
                SELECT count(*) FROM (
                    SELECT o.id, count(c.id) AS entries FROM organization o
                      LEFT JOIN capability c ON c.cooperative_id = o.id
                     WHERE o.type = 'COOPERATIVE' GROUP BY o.id) per_cooperative
                 WHERE entries NOT BETWEEN 1 AND 4"""));
        double womenLed = (double) db.number("SELECT count(*) FROM msme WHERE women_led AND nib LIKE '8%'") / MSMES;
        assertTrue(womenLed > 0.30 && womenLed < 0.40, "women-led " + womenLed);
        assertTrue(db.number("SELECT count(*) FROM capability_facility") > outcome.capabilities() / 100,
                "catalogue entries use the demo's shared facilities");
    }

    @Test
    void theSameSeedGeneratesOnlyOnce() throws SQLException {
        long before = db.number("SELECT count(*) FROM msme");
        assertFalse(DemoDataset.generate(db.dataSource(), MSMES, SEED).generated());
        assertEquals(before, db.number("SELECT count(*) FROM msme"));
    }

    @Test
    void aHundredThousandMsmesTakeWellUnderTwoMinutes() {
        Duration limit = Duration.ofSeconds(120L * Math.max(1, MSMES / 100_000));
        assertTrue(outcome.took().compareTo(limit) < 0, "took " + outcome.took());
    }
}
