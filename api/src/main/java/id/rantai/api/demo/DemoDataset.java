package id.rantai.api.demo;

import id.rantai.api.demo.CooperativeGenerator.Cooperative;
import id.rantai.api.demo.CooperativeGenerator.FacilityRef;
import id.rantai.api.demo.CooperativeGenerator.Placement;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The realistic demo set the product starts with: the nine BUMN that agreed to source from MSMEs, the
 * ministry, the 18 shared production houses, about 240 cooperatives with some 2,400 member MSMEs across
 * all 38 provinces and their catalogues, clusters, and 25 tenders in every status, plus the demo logins.
 *
 * <p>Loading is idempotent (nothing happens when the demo organisations already exist), runs in one
 * transaction, and is deterministic: the same seed gives the same names, numbers and ids; only dates
 * move with the clock, so that open tenders always have their deadline ahead.
 */
public final class DemoDataset {

    /** Seed of the demo set. */
    public static final long SEED = 20_221_020L;

    /** The logins to print at start-up; all use the password given to {@link #load}. */
    public static final List<String> DEMO_USERNAMES = List.of(
            "officer.pertamina", "officer.pln", "coop.sabut", "coop.mebel", "analyst.kemenkop", "admin");

    public static final String MINISTRY_NAME = "Kementerian Koperasi dan UKM (KemenKopUKM)";

    /** Western Indonesian Time: demo timestamps are written as a Jakarta office would see them. */
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    /** Generated cooperatives, on top of the named ones of {@link DemoCooperatives}. */
    static final int GENERATED_COOPERATIVES = 233;

    private static final long LOCK_KEY = 0x52414e5441490001L;
    private static final int BCRYPT_COST = 10;

    /**
     * What a load did.
     *
     * @param loaded false when the demo set was already there and nothing was written
     * @param rowsWritten rows per table
     * @param skippedUsernames demo logins not created because the username was taken
     */
    public record Outcome(boolean loaded, Map<String, Long> rowsWritten, List<String> skippedUsernames, Duration took) {
    }

    private DemoDataset() {
    }

    /** Loads the demo set with dates relative to now. */
    public static Outcome load(DataSource dataSource, String demoPassword) throws SQLException {
        return load(dataSource, demoPassword, Clock.systemUTC());
    }

    /** Loads the demo set with dates relative to the clock's now. */
    public static Outcome load(DataSource dataSource, String demoPassword, Clock clock) throws SQLException {
        Objects.requireNonNull(demoPassword, "demoPassword");
        if (demoPassword.length() < 8) {
            throw new IllegalArgumentException("the demo password needs at least 8 characters");
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                // two replicas starting together: the second waits here, then finds the set loaded
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK_KEY);
                    lock.execute();
                }
                // the demo's past tenders carry bids placed before their (past) deadlines: history, not new bids
                try (PreparedStatement history = connection.prepareStatement("SET LOCAL rantai.bid_window_check = 'off'")) {
                    history.execute();
                }
                if (alreadyLoaded(connection)) {
                    connection.rollback();
                    return new Outcome(false, Map.of(), List.of(), Duration.ofNanos(System.nanoTime() - started));
                }
                OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(WIB).truncatedTo(ChronoUnit.MINUTES);
                Set<String> takenUsernames = takenUsernames(connection);
                Map<String, String> provinceNames = provinceNames(connection);
                Map<String, Long> written = new LinkedHashMap<>();
                List<String> skipped;
                try (RowWriter rows = RowWriter.batches(connection, Tables.IN_ORDER)) {
                    skipped = new Loader(rows, now, demoPassword, takenUsernames, provinceNames).write();
                    rows.flush();
                    for (Table table : Tables.IN_ORDER) {
                        written.put(table.name(), rows.written(table));
                    }
                }
                connection.commit();
                return new Outcome(true, written, skipped, Duration.ofNanos(System.nanoTime() - started));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Adds a large synthetic supply side; see {@link SyntheticDataset#generate}. */
    public static SyntheticDataset.Outcome generate(DataSource dataSource, int msmeCount, long seed) throws SQLException {
        return SyntheticDataset.generate(dataSource, msmeCount, seed);
    }

    /** Number of demands of each status in the demo set. */
    public static Map<String, Long> demandsPerStatus() {
        return DemoTenders.demandsPerStatus();
    }

    private static boolean alreadyLoaded(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        for (Bumn bumn : Bumn.values()) {
            names.add(bumn.legalName());
        }
        names.add(MINISTRY_NAME);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM organization WHERE id = ? OR (type IN ('BUMN', 'MINISTRY') AND name = ANY (?)))")) {
            query.setObject(1, organizationId(Bumn.PERTAMINA));
            Array array = connection.createArrayOf("text", names.toArray());
            query.setArray(2, array);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static Set<String> takenUsernames(Connection connection) throws SQLException {
        List<String> candidates = new ArrayList<>(DEMO_USERNAMES);
        for (Bumn bumn : Bumn.values()) {
            candidates.add(bumn.officerUsername());
        }
        Set<String> taken = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT lower(username) FROM app_user WHERE lower(username) = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", candidates.toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    taken.add(result.getString(1));
                }
            }
        }
        return taken;
    }

    static UUID organizationId(Bumn bumn) {
        return SeededIds.named("organization:" + bumn.name());
    }

    /** One load: the order of the steps is the order of the random draws, so keep it. */
    private static final class Loader {

        private final RowWriter rows;
        private final OffsetDateTime now;
        private final String password;
        private final Set<String> takenUsernames;
        private final Map<String, String> provinceNames;
        private final Random random = new Random(SEED);
        private final SeededIds ids = new SeededIds(SEED ^ 0x1D5L);
        private final List<String> skipped = new ArrayList<>();

        Loader(RowWriter rows, OffsetDateTime now, String password, Set<String> takenUsernames,
                Map<String, String> provinceNames) {
            this.rows = rows;
            this.now = now;
            this.password = password;
            this.takenUsernames = takenUsernames;
            this.provinceNames = provinceNames;
        }

        List<String> write() throws SQLException {
            UUID ministry = SeededIds.named("organization:ministry");
            rows.row(Tables.ORGANIZATION, ministry, "MINISTRY", MINISTRY_NAME, "KemenKopUKM", "ID-JK", -6.2160, 106.8320,
                    true, now.minusYears(2));
            Map<Bumn, UUID> buyers = new EnumMap<>(Bumn.class);
            for (Bumn bumn : Bumn.values()) {
                UUID id = organizationId(bumn);
                buyers.put(bumn, id);
                rows.row(Tables.ORGANIZATION, id, "BUMN", bumn.legalName(), bumn.shortName(), bumn.province(), bumn.lat(),
                        bumn.lon(), true, now.minusYears(2));
            }

            List<FacilityRef> facilities = facilities();
            BusinessNames names = new BusinessNames();
            CooperativeGenerator generator = new CooperativeGenerator(random, ids, now, demoNibs(), facilities, names,
                    rows);
            List<Cooperative> cooperatives = new ArrayList<>();
            Map<String, Cooperative> anchors = new LinkedHashMap<>();
            for (DemoCooperatives.Anchor anchor : DemoCooperatives.ALL) {
                names.reserve(anchor.name());
                List<CapabilityTemplate> offers = anchor.templates().stream()
                        .map(i -> anchor.sector().templates().get(i)).toList();
                Cooperative cooperative = generator.cooperative(cooperativeId(anchor.key()), anchor.name(),
                        anchor.shortName(), new Placement(anchor.sector(), Towns.named(anchor.province(), anchor.town())),
                        anchor.members(), offers, offers.size(), true);
                anchors.put(anchor.key(), cooperative);
                cooperatives.add(cooperative);
            }
            for (Placement placement : generator.placements(GENERATED_COOPERATIVES)) {
                cooperatives.add(generator.cooperative(placement, generator.typicalMemberCount(),
                        generator.typicalOfferCount(placement.sector())));
            }

            Map<Bumn, UUID> officers = new EnumMap<>(Bumn.class);
            for (Bumn bumn : Bumn.values()) {
                UUID officer = user(bumn.officerUsername(), "OFFICER", buyers.get(bumn),
                        bumn.officerName() + " (Pengadaan " + bumn.shortName() + ")");
                if (officer == null) {
                    throw new IllegalStateException("username " + bumn.officerUsername()
                            + " is taken by a user outside the demo; remove it or load into an empty database");
                }
                officers.put(bumn, officer);
            }
            Map<UUID, UUID> cooperativeUsers = new LinkedHashMap<>();
            for (DemoCooperatives.Anchor anchor : List.of(DemoCooperatives.SABUT, DemoCooperatives.MEBEL)) {
                UUID cooperativeId = anchors.get(anchor.key()).id();
                UUID user = user(anchor.username(), "COOPERATIVE", cooperativeId, anchor.userDisplayName());
                if (user != null) {
                    cooperativeUsers.put(cooperativeId, user);
                }
            }
            user("analyst.kemenkop", "MINISTRY", ministry, "Ratna Dewi Lestari (Analis Rantai Pasok, KemenKopUKM)");
            user("admin", "ADMIN", null, "Administrator Rantai");

            clusters(cooperatives);
            new DemoTenders(rows, random, ids, now, buyers, officers, cooperatives, anchors, cooperativeUsers).write();
            return List.copyOf(skipped);
        }

        private List<FacilityRef> facilities() throws SQLException {
            List<FacilityRef> refs = new ArrayList<>();
            for (SharedFacilities.Site site : SharedFacilities.ALL) {
                UUID id = SeededIds.named("facility:" + site.name());
                UUID operator = site.operator() == null ? null : cooperativeId(site.operator());
                rows.row(Tables.FACILITY, id, site.name(), site.province(), site.lat(), site.lon(), site.sector().label(),
                        site.sector().kbli(), site.description(), site.processes().toArray(String[]::new),
                        site.weeklyCapacityHours(), site.operating() ? "OPERATING" : "PLANNED", operator,
                        site.openedOn(), now.minusYears(2));
                refs.add(new FacilityRef(id, site.province(), site.sector(), site.operating()));
            }
            return refs;
        }

        /** Writes a user unless its name is taken; returns its id, or null when skipped. */
        private UUID user(String username, String role, UUID organization, String displayName) throws SQLException {
            if (takenUsernames.contains(username)) {
                skipped.add(username);
                return null;
            }
            UUID id = SeededIds.named("user:" + username);
            rows.row(Tables.APP_USER, id, username, BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST)), role,
                    organization, displayName, now.minusDays(30));
            return id;
        }

        /** A cluster wherever a province has two or more cooperatives of one sector. */
        private void clusters(List<Cooperative> cooperatives) throws SQLException {
            Map<String, List<Cooperative>> byProvinceAndSector = new LinkedHashMap<>();
            for (Cooperative cooperative : cooperatives) {
                byProvinceAndSector.computeIfAbsent(cooperative.town().province() + "|" + cooperative.sector().name(),
                        key -> new ArrayList<>()).add(cooperative);
            }
            for (List<Cooperative> members : byProvinceAndSector.values()) {
                if (members.size() < 2) {
                    continue;
                }
                Cooperative first = members.get(0);
                String provinceName = provinceNames.get(first.town().province());
                UUID clusterId = ids.next();
                long msmes = members.stream().mapToLong(c -> c.members().size()).sum();
                rows.row(Tables.CLUSTER, clusterId, "Klaster " + first.sector().shortName() + " " + provinceName,
                        first.town().province(), first.sector().label(),
                        "Klaster " + members.size() + " koperasi dengan " + msmes + " UMKM anggota di " + provinceName
                                + ", sektor " + first.sector().label() + ".",
                        first.sector().kbli(), now.minusDays(200 + random.nextInt(300)));
                for (Cooperative member : members) {
                    rows.row(Tables.CLUSTER_MEMBER, clusterId, member.id());
                }
            }
        }

        /** Demo NIBs start with 9 (synthetic ones with 8), so the two sets never collide. */
        private CooperativeGenerator.NibSequence demoNibs() {
            Set<String> used = new HashSet<>();
            return () -> {
                while (true) {
                    String nib = "91" + String.format("%011d", Math.floorMod(random.nextLong(), 100_000_000_000L));
                    if (used.add(nib)) {
                        return nib;
                    }
                }
            };
        }
    }

    static UUID cooperativeId(String anchorKey) {
        return SeededIds.named("cooperative:" + anchorKey);
    }

    /** Province names by ISO code, from the table the first migration seeded. */
    static Map<String, String> provinceNames(Connection connection) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT iso_code, name FROM province ORDER BY iso_code");
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                names.put(result.getString(1), result.getString(2));
            }
        }
        return names;
    }
}
