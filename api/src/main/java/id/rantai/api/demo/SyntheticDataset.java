package id.rantai.api.demo;

import id.rantai.api.demo.CooperativeGenerator.FacilityRef;
import id.rantai.api.demo.CooperativeGenerator.Placement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A large generated supply side for load and search tests: {@code msmeCount} MSMEs in cooperatives of
 * about ten members (so a tenth as many cooperatives) with their certificates and one to four catalogue
 * entries each, spread over the 38 provinces like the demo set. Written with COPY in one transaction.
 *
 * <p>A seed generates once: NIBs are derived from the seed and the MSME's index (NIBs starting with 8,
 * never clashing with the demo set's), so running the same seed again finds its first NIB and does nothing.
 */
public final class SyntheticDataset {

    /** Cooperative members on average. */
    static final int MEMBERS_PER_COOPERATIVE = 10;

    private static final long LOCK_KEY = 0x52414e5441490002L;
    private static final long NIB_SPACE = 1_000_000_000L;
    /** Multiplier coprime to 10^9: scrambles the index into a NIB that does not look sequential. */
    private static final long NIB_SCRAMBLE = 387_420_489L;

    /**
     * What a run did.
     *
     * @param generated false when this seed had been generated before and nothing was written
     */
    public record Outcome(boolean generated, long msmes, long cooperatives, long capabilities, long rows, Duration took) {
    }

    private SyntheticDataset() {
    }

    /**
     * Generates {@code msmeCount} MSMEs with their cooperatives and catalogues. Needs the migrations
     * (for provinces); links capabilities to shared facilities if the demo set is loaded.
     */
    public static Outcome generate(DataSource dataSource, int msmeCount, long seed) throws SQLException {
        return generate(dataSource, msmeCount, seed, Clock.systemUTC());
    }

    static Outcome generate(DataSource dataSource, int msmeCount, long seed, Clock clock) throws SQLException {
        if (msmeCount < 1 || msmeCount >= NIB_SPACE) {
            throw new IllegalArgumentException("msmeCount must be between 1 and " + (NIB_SPACE - 1));
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            Outcome outcome;
            try {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK_KEY);
                    lock.execute();
                }
                if (nibExists(connection, nib(seed, 0))) {
                    connection.rollback();
                    return new Outcome(false, 0, 0, 0, 0, Duration.ofNanos(System.nanoTime() - started));
                }
                outcome = write(connection, msmeCount, seed, clock, started);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            // fresh statistics, or the planner treats the grown tables as the small ones it last saw
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE organization, msme, msme_certification, cooperative_member, capability, "
                        + "capability_member, capability_facility");
            }
            return new Outcome(true, outcome.msmes(), outcome.cooperatives(), outcome.capabilities(), outcome.rows(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static Outcome write(Connection connection, int msmeCount, long seed, Clock clock, long started)
            throws SQLException {
        Random random = new Random(seed);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(DemoDataset.WIB).truncatedTo(ChronoUnit.MINUTES);
        // time-ordered from the run's start: another run (another seed, or later) starts at another instant
        SeededIds ids = SeededIds.timeOrdered(seed * 0x9E3779B97F4A7C15L + 0x5EEDL, clock.millis());
        long[] index = {0};
        CooperativeGenerator.NibSequence nibs = () -> nib(seed, index[0]++);
        List<Table> tables = List.of(Tables.ORGANIZATION, Tables.MSME, Tables.MSME_CERTIFICATION,
                Tables.COOPERATIVE_MEMBER, Tables.CAPABILITY, Tables.CAPABILITY_MEMBER, Tables.CAPABILITY_FACILITY);
        try (RowWriter rows = RowWriter.copy(connection, tables)) {
            CooperativeGenerator generator = new CooperativeGenerator(random, ids, now, nibs, facilities(connection),
                    new BusinessNames(), rows);
            int cooperatives = Math.max(1, msmeCount / MEMBERS_PER_COOPERATIVE);
            List<Placement> placements = generator.placements(cooperatives);
            int remaining = msmeCount;
            for (int i = 0; i < cooperatives; i++) {
                int left = cooperatives - i;
                int members = left == 1 ? remaining
                        : Math.max(1, Math.min(remaining - (left - 1),
                                (int) Math.round((double) remaining / left * (0.5 + random.nextDouble()))));
                remaining -= members;
                Placement placement = placements.get(i);
                generator.cooperative(placement, members, generator.typicalOfferCount(placement.sector()));
            }
            rows.flush();
            long total = tables.stream().mapToLong(rows::written).sum();
            return new Outcome(true, rows.written(Tables.MSME), rows.written(Tables.ORGANIZATION),
                    rows.written(Tables.CAPABILITY), total, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The NIB of the index-th MSME of a seed: 8, three digits of the seed, nine of the scrambled index. */
    static String nib(long seed, long index) {
        long scrambled = Math.floorMod(index * NIB_SCRAMBLE + 123_456_789L, NIB_SPACE);
        return String.format("8%03d%09d", Math.floorMod(seed, 1000L), scrambled);
    }

    private static boolean nibExists(Connection connection, String nib) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM msme WHERE nib = ?)")) {
            query.setString(1, nib);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** The facilities in the database (the demo's 18 if it is loaded), matched to sectors by KBLI. */
    private static List<FacilityRef> facilities(Connection connection) throws SQLException {
        Map<String, Sector> byKbli = Arrays.stream(Sector.values())
                .collect(Collectors.toMap(Sector::kbli, Function.identity()));
        List<FacilityRef> facilities = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, province, kbli, status FROM facility WHERE kbli IS NOT NULL ORDER BY name");
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                Optional<Sector> sector = Optional.ofNullable(byKbli.get(result.getString("kbli")));
                if (sector.isPresent()) {
                    facilities.add(new FacilityRef(result.getObject("id", UUID.class),
                            result.getString("province"), sector.get(), result.getString("status").equals("OPERATING")));
                }
            }
        }
        return facilities;
    }
}
