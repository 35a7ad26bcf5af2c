package id.rantai.web.support;

import id.rantai.infra.local.LocalServices;
import id.rantai.infra.local.PostgresEndpoint;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Straight to the test PostgreSQL: to check what a page stored, and to let time pass (a bid deadline) without waiting. */
public final class Database {

    private Database() {
    }

    public static Object value(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int execute(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    private static Connection connect() throws SQLException {
        PostgresEndpoint pg = LocalServices.shared().postgres();
        return DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
    }
}
