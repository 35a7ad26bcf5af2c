package id.rantai.infra.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LocalServicesIT {

    @Test
    void theSharedServicesAnswerAndAreStartedOncePerJvm() throws Exception {
        LocalServices services = LocalServices.shared();
        assertSame(services, LocalServices.shared());

        PostgresEndpoint pg = services.postgres();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            assertTrue(rs.getString(1).startsWith("17"), "PostgreSQL 17, got " + rs.getString(1));
        }
        assertEquals(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"), durabilitySettings(pg),
                "only the throw-away test cluster trades crash safety for speed");

        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(services.elasticsearch().nodeUrls().get(0) + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        String configured = System.getenv("RANTAI_ELASTICSEARCH_NODES");
        int nodes = Integer.getInteger("rantai.elasticsearch.nodes", configured == null ? 1 : Integer.parseInt(configured));
        assertEquals(nodes, services.elasticsearch().nodeUrls().size());
        assertTrue(health.body().contains("\"number_of_nodes\":" + nodes), health.body());
    }

    @Test
    void persistentPostgresKeepsItsDataAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("rantai-persist-");
        try {
            LocalPostgres first = LocalPostgres.start(dataDir, LocalPostgres.Durability.PERSISTENT);
            PostgresEndpoint pg = first.endpoint();
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
                 Statement s = c.createStatement()) {
                s.execute("create table kept (name text)");
                s.execute("insert into kept values ('Koperasi Sabut Kelapa Minahasa')");
            }
            assertEquals(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"), durabilitySettings(pg),
                    "the run command's cluster keeps PostgreSQL's crash-safe defaults");
            first.close();

            LocalPostgres second = LocalPostgres.start(dataDir, LocalPostgres.Durability.PERSISTENT);
            PostgresEndpoint again = second.endpoint();
            try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select name from kept")) {
                assertTrue(rs.next());
                assertEquals("Koperasi Sabut Kelapa Minahasa", rs.getString(1));
            } finally {
                second.close();
            }
        } finally {
            ElasticsearchDistribution.deleteRecursively(dataDir);
        }
    }

    private static Map<String, String> durabilitySettings(PostgresEndpoint pg) throws Exception {
        Map<String, String> settings = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name, setting from pg_settings"
                     + " where name in ('fsync', 'synchronous_commit', 'full_page_writes')")) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        }
        return settings;
    }
}
