package id.rantai.api.db;

import io.micronaut.context.annotation.Primary;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL on the connection of the current transaction: statements with positional parameters and rows
 * mapped by hand. Collections bind as PostgreSQL {@code text[]}/{@code uuid[]}; {@link Json} as {@code jsonb}.
 * The plain {@code Sql} works on the primary; {@code @Named(ReadReplica.NAME) Sql} on the read replica.
 */
@Singleton
@Primary
public final class Sql {

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A JSON document to bind as {@code jsonb}. */
    public record Json(String text) {
    }

    public int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            return statement.executeUpdate();
        });
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        });
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + ": " + sql);
        }
        return rows.stream().findFirst();
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    private void bind(PreparedStatement statement, Object... params) throws SQLException {
        Connection connection = statement.getConnection();
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                statement.setNull(index, Types.NULL);
            } else if (p instanceof Json json) {
                statement.setObject(index, json.text(), Types.OTHER);
            } else if (p instanceof Collection<?> values) {
                statement.setArray(index, array(connection, values));
            } else if (p instanceof Instant instant) {
                statement.setTimestamp(index, Timestamp.from(instant));
            } else if (p instanceof OffsetDateTime time) {
                statement.setObject(index, time);
            } else if (p instanceof LocalDate date) {
                statement.setObject(index, date);
            } else if (p instanceof Enum<?> e) {
                statement.setString(index, e.name());
            } else {
                statement.setObject(index, p);
            }
        }
    }

    private static Array array(Connection connection, Collection<?> values) throws SQLException {
        boolean uuids = !values.isEmpty() && values.iterator().next() instanceof UUID;
        return connection.createArrayOf(uuids ? "uuid" : "text", values.toArray());
    }

    // ---- reading helpers for row mappers ----

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    public static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
