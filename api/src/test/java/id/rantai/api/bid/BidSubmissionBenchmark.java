package id.rantai.api.bid;

import id.rantai.api.demo.SyntheticDataset;
import id.rantai.api.support.Fixtures;
import id.rantai.infra.local.LocalServices;
import id.rantai.search.bench.LoadDriver;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The write-path benchmark (not a test): sealed bids submitted over HTTP by many cooperatives at once, as around a
 * tender deadline, and logins (bcrypt) as at the start of a working day. Each bid is one PostgreSQL transaction with
 * its idempotency key, member rows, audit row and outbox row, checked against the deadline by the database clock.
 *
 * <p>It starts a local PostgreSQL and Elasticsearch ({@link LocalServices}), the application in this JVM with the
 * demo dataset, a synthetic supply side ({@code bench.msmes} MSMEs in cooperatives) and a user for each of
 * {@code bench.cooperatives} cooperatives; the demo officer publishes demands of 50 lots each, enough lots for every
 * bid. Then {@code bench.clients} cooperatives submit bids back to back (closed loop), each to lots it has not bid on.
 *
 * <pre>
 * ./mvnw -q -B install -DskipTests -pl api -am
 * ./mvnw -B -pl api exec:java -Dexec.classpathScope=test -Dexec.mainClass=id.rantai.api.bid.BidSubmissionBenchmark
 * </pre>
 * Settings (system properties): {@code bench.msmes} (20000), {@code bench.cooperatives} (200), {@code bench.clients}
 * (32), {@code bench.bids} per client (200), {@code bench.warmup} per client (20), {@code bench.logins} per client
 * (10, 8 clients). The report goes to stdout and {@code target/bid-benchmark.txt}.
 */
public final class BidSubmissionBenchmark {

    private static final String PASSWORD = "bench-password";
    private static final int LOTS_PER_DEMAND = 50;

    private BidSubmissionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int msmes = Integer.getInteger("bench.msmes", 20_000);
        int cooperatives = Integer.getInteger("bench.cooperatives", 200);
        int clients = Integer.getInteger("bench.clients", 32);
        int bids = Integer.getInteger("bench.bids", 200);
        int warmup = Integer.getInteger("bench.warmup", 20);
        int logins = Integer.getInteger("bench.logins", 10);
        StringBuilder report = new StringBuilder();

        Map<String, Object> properties = new HashMap<>(LocalServices.shared().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("rantai.demo.enabled", "true");
        properties.put("rantai.demo.password", PASSWORD);
        properties.put("rantai.jwt.secret", UUID.randomUUID() + "-" + UUID.randomUUID());
        properties.put("rantai.login.max-failures-per-address", "1000000");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = server.getApplicationContext();
            Client http = new Client(server.getURL().toString(), context.getBean(JsonMapper.class));
            // the pool itself: outside a transaction the bean is a proxy without a connection
            DataSource dataSource = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
            line(report, "%d cores, load average %.1f, Java %s", Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    System.getProperty("java.version"));

            long began = System.nanoTime();
            SyntheticDataset.generate(dataSource, msmes, 19);
            List<Bidder> bidders = bidders(dataSource, cooperatives);
            line(report, "supply: %,d synthetic MSMEs, %d cooperatives with a user (%.0f s)", msmes, bidders.size(),
                    (System.nanoTime() - began) / 1e9);

            if (clients > bidders.size()) {
                throw new IllegalArgumentException("more clients than cooperatives: two would bid for one cooperative on one lot");
            }
            List<String> lots = publishLots(http, bids + warmup);
            line(report, "%d published lots, deadline in a day", lots.size());

            List<String> tokens = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                tokens.add(http.login(bidders.get(c).username()));
            }
            // client c is cooperative c and bids on the lots in its own shuffled order, never on one lot twice
            List<List<String>> orders = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                List<String> order = new ArrayList<>(lots);
                Collections.shuffle(order, new Random(c));
                orders.add(order);
            }
            CpuTime cpu = CpuTime.of(LocalServices.shared().postgres().jdbcUrl());
            LoadDriver.Result submitted = LoadDriver.run("POST …/bids (sealed bid)", clients, warmup, bids, (client, i) -> {
                Bidder bidder = bidders.get(client);
                String[] lot = orders.get(client).get(i).split("/");
                http.expect(201, http.post("/api/demands/" + lot[0] + "/lots/" + lot[1] + "/bids", tokens.get(client),
                        http.json(Fixtures.bid(10 + i % 90, 30_000 + (client * 37L + i) % 9_000, bidder.members()))));
            });
            line(report, "%s", submitted);
            CpuTime used = cpu.since();
            // warm-up requests ran before the clock started but used CPU too: per bid over all of them
            long all = (long) clients * (bids + warmup);
            line(report, "CPU per bid (warm-up included, %d bids): application and load driver %.1f ms, PostgreSQL %.1f ms",
                    all, used.jvmMillis() / (double) all, used.postgresMillis() / (double) all);

            long drained = System.nanoTime();
            while (count(dataSource, "select count(*) from outbox where processed_at is null") > 0
                    && System.nanoTime() - drained < Duration.ofMinutes(5).toNanos()) {
                Thread.sleep(100);
            }
            line(report, "outbox drained %.1f s after the last bid", (System.nanoTime() - drained) / 1e9);

            // what a row costs on disk (table, indexes and TOAST), for sizing PostgreSQL (docs/scale.md)
            for (String table : List.of("msme", "cooperative_member", "capability", "bid", "bid_member", "audit_log", "outbox",
                    "idempotency_key", "demand", "lot")) {
                long rows = count(dataSource, "select count(*) from " + table);
                long bytes = count(dataSource, "select pg_total_relation_size('" + table + "')");
                line(report, "%-18s %,10d rows %,8.1f MB %,6d bytes/row", table, rows, bytes / 1e6, rows == 0 ? 0 : bytes / rows);
            }

            List<String> demoUsers = List.of("officer.pertamina", "officer.pln", "coop.sabut", "coop.mebel", "analyst.kemenkop");
            CpuTime loginCpu = CpuTime.of(LocalServices.shared().postgres().jdbcUrl());
            LoadDriver.Result loggedIn = LoadDriver.run("POST /api/auth/login (bcrypt 10)", 8, 2, logins,
                    (client, i) -> http.login(demoUsers.get((client + i) % demoUsers.size())));
            line(report, "%s", loggedIn);
            line(report, "CPU per login (warm-up included): application and load driver %.1f ms",
                    loginCpu.since().jvmMillis() / (double) (8 * (logins + 2)));
        }
        Path out = Path.of("target", "bid-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    record Bidder(String username, List<UUID> members) {
    }

    /**
     * CPU time used by this JVM (the application and the load driver) and by the PostgreSQL server on the port of
     * {@code jdbcUrl} with its backends: on a machine shared with other work, CPU per request says more than requests
     * per second.
     */
    record CpuTime(long jvmMillis, long postgresMillis, String jdbcUrl) {

        static CpuTime of(String jdbcUrl) {
            return new CpuTime(jvm(), postgres(jdbcUrl), jdbcUrl);
        }

        CpuTime since() {
            return new CpuTime(jvm() - jvmMillis, postgres(jdbcUrl) - postgresMillis, jdbcUrl);
        }

        private static long jvm() {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os.getProcessCpuTime() / 1_000_000;
        }

        private static long postgres(String jdbcUrl) {
            String port = jdbcUrl.replaceAll(".*://[^:/]+:(\\d+)/.*", "$1");
            return ProcessHandle.allProcesses()
                    .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("-p " + port + " ")).orElse(false))
                    .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum();
        }
    }

    /** A user for each of the first {@code n} cooperatives with members, and up to three of its members to name. */
    private static List<Bidder> bidders(DataSource dataSource, int n) throws Exception {
        List<Bidder> bidders = new ArrayList<>();
        String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select o.id from organization o where o.type = 'COOPERATIVE'
                      and exists (select 1 from cooperative_member m where m.cooperative_id = o.id)
                    order by o.id limit ?""")) {
                s.setInt(1, n);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                String username = "bench.coop." + i;
                try (PreparedStatement s = c.prepareStatement("""
                        insert into app_user (username, password_hash, role, organization_id, display_name)
                        values (?, ?, 'COOPERATIVE', ?, 'Bench') on conflict do nothing""")) {
                    s.setString(1, username);
                    s.setString(2, hash);
                    s.setObject(3, ids.get(i));
                    s.executeUpdate();
                }
                List<UUID> members = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(
                        "select msme_id from cooperative_member where cooperative_id = ? order by msme_id limit 3")) {
                    s.setObject(1, ids.get(i));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            members.add(rs.getObject(1, UUID.class));
                        }
                    }
                }
                bidders.add(new Bidder(username, members));
            }
        }
        return bidders;
    }

    /** Demands of 50 lots each by the demo officer, published; returns "demandId/lotId" for at least {@code lots} lots. */
    @SuppressWarnings("unchecked")
    private static List<String> publishLots(Client http, int lots) throws Exception {
        String officer = http.login("officer.pertamina");
        List<String> ids = new ArrayList<>();
        for (int d = 0; ids.size() < lots; d++) {
            Map<String, Object> body = Fixtures.demand("Benchmark " + d + ": sabut kelapa", Fixtures.inDays(1), LOTS_PER_DEMAND);
            Map<String, Object> created = http.expect(201, http.post("/api/demands", officer, http.json(body)));
            String demandId = (String) created.get("id");
            http.expect(200, http.post("/api/demands/" + demandId + "/publish", officer, ""));
            for (Map<String, Object> lot : (List<Map<String, Object>>) created.get("lots")) {
                ids.add(demandId + "/" + lot.get("id"));
            }
        }
        return ids;
    }

    private static long count(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void line(StringBuilder report, String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }

    /** Plain HTTP as an outside client sends it. */
    private record Client(String base, JsonMapper json, HttpClient http) {

        Client(String base, JsonMapper json) {
            this(base, json, HttpClient.newHttpClient());
        }

        HttpResponse<String> post(String path, String token, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString()).POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> expect(int status, HttpResponse<String> response) throws Exception {
            if (response.statusCode() != status) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body().isEmpty() ? Map.of() : json.readValue(response.body(), Map.class);
        }

        String json(Object value) throws Exception {
            return json.writeValueAsString(value);
        }

        String login(String username) throws Exception {
            return (String) expect(200, post("/api/auth/login", null,
                    "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")).get("accessToken");
        }
    }
}
