package id.rantai.api.demo;

import id.rantai.infra.local.LocalServices;
import id.rantai.infra.local.PostgresEndpoint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of its own, with the application's Flyway migrations applied, on the test PostgreSQL of
 * {@link LocalServices}. Other integration tests in the same JVM share that server's default schema;
 * a schema per test class keeps the demo set out of their way, and theirs out of ours.
 */
final class MigratedSchema implements AutoCloseable {

    private final String name;
    private final PGSimpleDataSource dataSource;

    private MigratedSchema(String name, PGSimpleDataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    static MigratedSchema create(String prefix) {
        PostgresEndpoint postgres = LocalServices.shared().postgres();
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl());
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setCurrentSchema(name);
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(name)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new MigratedSchema(name, dataSource);
    }

    DataSource dataSource() {
        return dataSource;
    }

    Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** The single number a query answers, such as a count. */
    long number(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The single text a query answers. */
    String text(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + name + " CASCADE");
        }
    }
}
