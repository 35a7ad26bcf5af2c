package id.rantai.api.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@link RowWriter} on PostgreSQL COPY in CSV format. One connection can run only one COPY at a time,
 * so rows are buffered as CSV per table and copied table by table when the buffer grows large.
 */
final class CopyRowWriter implements RowWriter {

    private static final int CHARS_PER_FLUSH = 32 << 20;

    private final CopyManager copyManager;
    private final Map<Table, StringBuilder> buffers = new LinkedHashMap<>();
    private final Map<Table, Long> buffered = new LinkedHashMap<>();
    private final Map<Table, Long> written = new LinkedHashMap<>();
    private long bufferedChars;

    CopyRowWriter(Connection connection, List<Table> tablesInOrder) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        for (Table table : tablesInOrder) {
            buffers.put(table, new StringBuilder());
            buffered.put(table, 0L);
            written.put(table, 0L);
        }
    }

    @Override
    public void row(Table table, Object... values) throws SQLException {
        StringBuilder csv = buffers.get(table);
        if (csv == null) {
            throw new IllegalArgumentException("table not declared: " + table.name());
        }
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + " takes " + table.columns().size()
                    + " values, got " + values.length);
        }
        int before = csv.length();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            appendCsv(csv, values[i]);
        }
        csv.append('\n');
        buffered.merge(table, 1L, Long::sum);
        bufferedChars += csv.length() - before;
        if (bufferedChars >= CHARS_PER_FLUSH) {
            flush();
        }
    }

    /** NULL is an empty unquoted field; every text is quoted, so an empty string stays a string. */
    private static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            appendQuoted(csv, s);
        } else if (value instanceof String[] array) {
            appendQuoted(csv, arrayLiteral(array));
        } else if (value instanceof Jsonb json) {
            appendQuoted(csv, json.json());
        } else if (value instanceof Boolean b) {
            csv.append(b ? 't' : 'f');
        } else {
            // UUID, numbers, LocalDate and OffsetDateTime print in a form PostgreSQL reads back
            csv.append(value);
        }
    }

    private static void appendQuoted(StringBuilder csv, String s) {
        csv.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }

    /** A text[] literal such as {"a","b \"c\""}. */
    private static String arrayLiteral(String[] array) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < array.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            for (char c : array[i].toCharArray()) {
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    @Override
    public void flush() throws SQLException {
        for (Map.Entry<Table, StringBuilder> entry : buffers.entrySet()) {
            Table table = entry.getKey();
            StringBuilder csv = entry.getValue();
            if (csv.length() == 0) {
                continue;
            }
            String sql = "COPY " + table.name() + " (" + table.columnList() + ") FROM STDIN WITH (FORMAT csv)";
            try {
                copyManager.copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + table.name() + " failed", e);
            }
            written.merge(table, buffered.get(table), Long::sum);
            buffered.put(table, 0L);
            csv.setLength(0);
        }
        bufferedChars = 0;
    }

    @Override
    public long written(Table table) {
        return written.getOrDefault(table, 0L);
    }

    @Override
    public void close() throws SQLException {
        flush();
    }
}
