package id.rantai.api.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes generated rows into several tables. Rows are buffered and written table by table in the
 * order the tables were declared, so a parent's rows are always in before its children's and the
 * foreign keys hold without deferring them.
 */
interface RowWriter extends AutoCloseable {

    /** JDBC batches: fine for the demo set's thousands of rows. */
    static RowWriter batches(Connection connection, List<Table> tablesInOrder) {
        return new BatchRowWriter(connection, tablesInOrder);
    }

    /** COPY FROM STDIN in CSV: the fast path for hundreds of thousands of rows. */
    static RowWriter copy(Connection connection, List<Table> tablesInOrder) throws SQLException {
        return new CopyRowWriter(connection, tablesInOrder);
    }

    /** Adds a row; values in the order of the table's columns. */
    void row(Table table, Object... values) throws SQLException;

    /** Writes everything buffered so far. */
    void flush() throws SQLException;

    /** Rows written to a table so far. */
    long written(Table table);

    /** Flushes and releases statements; does not commit. */
    @Override
    void close() throws SQLException;
}
