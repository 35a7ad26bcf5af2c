package id.rantai.api.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.util.PGobject;

/** {@link RowWriter} on JDBC batches of prepared INSERTs. */
final class BatchRowWriter implements RowWriter {

    private static final int ROWS_PER_FLUSH = 5_000;

    private final Connection connection;
    private final Map<Table, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<Table, Long> written = new LinkedHashMap<>();
    private final Map<Table, Integer> pending = new LinkedHashMap<>();
    private int pendingRows;

    BatchRowWriter(Connection connection, List<Table> tablesInOrder) {
        this.connection = connection;
        for (Table table : tablesInOrder) {
            statements.put(table, null);
            written.put(table, 0L);
            pending.put(table, 0);
        }
    }

    @Override
    public void row(Table table, Object... values) throws SQLException {
        if (!statements.containsKey(table)) {
            throw new IllegalArgumentException("table not declared: " + table.name());
        }
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + " takes " + table.columns().size()
                    + " values, got " + values.length);
        }
        PreparedStatement statement = statements.get(table);
        if (statement == null) {
            String placeholders = String.join(", ", Collections.nCopies(values.length, "?"));
            statement = connection.prepareStatement(
                    "INSERT INTO " + table.name() + " (" + table.columnList() + ") VALUES (" + placeholders + ")");
            statements.put(table, statement);
        }
        for (int i = 0; i < values.length; i++) {
            bind(statement, i + 1, values[i]);
        }
        statement.addBatch();
        pending.merge(table, 1, Integer::sum);
        if (++pendingRows >= ROWS_PER_FLUSH) {
            flush();
        }
    }

    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else if (value instanceof String s) {
            statement.setString(index, s);
        } else if (value instanceof UUID || value instanceof LocalDate || value instanceof OffsetDateTime) {
            statement.setObject(index, value);
        } else if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value instanceof Integer i) {
            statement.setInt(index, i);
        } else if (value instanceof Boolean b) {
            statement.setBoolean(index, b);
        } else if (value instanceof Double d) {
            statement.setDouble(index, d);
        } else if (value instanceof BigDecimal d) {
            statement.setBigDecimal(index, d);
        } else if (value instanceof String[] array) {
            statement.setArray(index, connection.createArrayOf("text", array));
        } else if (value instanceof Jsonb json) {
            PGobject object = new PGobject();
            object.setType("jsonb");
            object.setValue(json.json());
            statement.setObject(index, object);
        } else {
            throw new IllegalArgumentException("no binding for " + value.getClass());
        }
    }

    @Override
    public void flush() throws SQLException {
        for (Map.Entry<Table, PreparedStatement> entry : statements.entrySet()) {
            Table table = entry.getKey();
            int rows = pending.get(table);
            if (rows > 0) {
                entry.getValue().executeBatch();
                written.merge(table, (long) rows, Long::sum);
                pending.put(table, 0);
            }
        }
        pendingRows = 0;
    }

    @Override
    public long written(Table table) {
        return written.getOrDefault(table, 0L);
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            for (PreparedStatement statement : statements.values()) {
                if (statement != null) {
                    statement.close();
                }
            }
        }
    }
}
