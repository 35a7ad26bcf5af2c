package id.rantai.api.export;

import id.rantai.api.db.ReadReplica;
import id.rantai.api.monitoring.AttributionFilter;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Awards as CSV rows, read through a database cursor while the client downloads: memory stays flat however
 * many awards there are. Each row carries the award's value and what of it the {@code award_attribution}
 * view gives to MSMEs (and to women-led, youth-led and green ones), so the file adds up to the dashboard. The last
 * column, attributedValueIdr, is the part of the award the filter covers: all of it, or with a province filter the
 * part that arrives in that province (the other columns of attribution are of that part too).
 */
@Singleton
class AwardRows {

    static final List<String> HEADER = List.of("awardId", "awardedAt", "demandId", "demandTitle", "buyerId", "buyerName",
            "kbli", "lotId", "lotNo", "lotTitle", "cooperativeId", "cooperativeName", "quantity", "unit", "unitPriceIdr",
            "valueIdr", "evaluatedPriceIdr", "memberMsmes", "msmeValueIdr", "msmeSharePct", "womenLedValueIdr",
            "youthLedValueIdr", "greenValueIdr", "facilityId", "week", "attributedValueIdr");

    private static final Logger LOG = LoggerFactory.getLogger(AwardRows.class);
    private static final int FETCH_SIZE = 500;
    private static final String SELECT = """
            select a.id, a.awarded_at, d.id as demand_id, d.title as demand_title, d.buyer_organization_id,
                   b.name as buyer_name, d.kbli, l.id as lot_id, l.lot_no, l.title as lot_title, a.cooperative_id,
                   c.name as cooperative_name, a.quantity, l.unit, a.unit_price_idr, x.value_idr, a.evaluated_price_idr,
                   x.attributed_value, x.members, x.msme_value, x.women_value, x.youth_value, x.green_value, a.facility_id, a.week
            from (select x.award_id, max(x.award_value_idr) as value_idr, sum(x.value_idr) as attributed_value,
                         count(x.msme_id) filter (where x.is_msme) as members,
                         coalesce(sum(x.value_idr) filter (where x.is_msme), 0) as msme_value,
                         coalesce(sum(x.value_idr) filter (where x.is_msme and x.women_led), 0) as women_value,
                         coalesce(sum(x.value_idr) filter (where x.is_msme and x.youth_led), 0) as youth_value,
                         coalesce(sum(x.value_idr) filter (where x.is_msme and x.green), 0) as green_value
                  from award_attribution x %s
                  group by x.award_id) x
            join award a on a.id = x.award_id
            join demand d on d.id = a.demand_id
            join organization b on b.id = d.buyer_organization_id
            join lot l on l.id = a.lot_id
            join organization c on c.id = a.cooperative_id
            order by a.awarded_at, a.id""";

    private final DataSource dataSource;

    AwardRows(@Named(ReadReplica.NAME) DataSource dataSource, DataSourceResolver resolver) {
        // the pool itself: the cursor outlives the request method, so it cannot be the request's transaction
        this.dataSource = resolver.resolve(dataSource);
    }

    /**
     * Runs the query now (so a database error is still a proper error response) and returns the CSV, header
     * first, to be read once and closed; closing ends the transaction and gives the connection back. A refused
     * query is a {@link DataAccessException}, which the API answers like any other database problem.
     */
    InputStream open(AttributionFilter filter, ZoneId zone) {
        List<Object> params = new ArrayList<>();
        String sql = SELECT.formatted(filter.where(params));
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("no database connection for the export", e);
        }
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return new CursorStream(connection, statement, statement.executeQuery(), zone);
        } catch (SQLException e) {
            release(connection);
            throw new DataAccessException("the awards export query failed", e);
        } catch (RuntimeException e) {
            release(connection);
            throw e;
        }
    }

    private static List<String> row(ResultSet rs, DateTimeFormatter time) throws SQLException {
        BigDecimal value = rs.getBigDecimal("value_idr");
        BigDecimal msme = rs.getBigDecimal("msme_value");
        BigDecimal share = value.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : msme.multiply(BigDecimal.valueOf(100)).divide(value, 2, RoundingMode.HALF_UP);
        Object week = rs.getObject("week");
        return List.of(rs.getString("id"), rs.getObject("awarded_at", OffsetDateTime.class).format(time),
                rs.getString("demand_id"), Csv.text(rs.getString("demand_title")), rs.getString("buyer_organization_id"),
                Csv.text(rs.getString("buyer_name")), rs.getString("kbli"), rs.getString("lot_id"),
                Integer.toString(rs.getInt("lot_no")), Csv.text(rs.getString("lot_title")), rs.getString("cooperative_id"),
                Csv.text(rs.getString("cooperative_name")), Long.toString(rs.getLong("quantity")), Csv.text(rs.getString("unit")),
                Long.toString(rs.getLong("unit_price_idr")), value.toPlainString(), Long.toString(rs.getLong("evaluated_price_idr")),
                Long.toString(rs.getLong("members")), msme.toPlainString(), share.toPlainString(),
                rs.getBigDecimal("women_value").toPlainString(), rs.getBigDecimal("youth_value").toPlainString(),
                rs.getBigDecimal("green_value").toPlainString(), nullToEmpty(rs.getString("facility_id")),
                week == null ? "" : week.toString(), rs.getBigDecimal("attributed_value").toPlainString());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void release(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback after the export failed: {}", e.toString());
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing the export's connection failed: {}", e.toString());
        }
    }

    /** The CSV bytes, a few rows at a time from the open cursor. */
    private static final class CursorStream extends InputStream {

        private final Connection connection;
        private final PreparedStatement statement;
        private final ResultSet rows;
        private final DateTimeFormatter time;
        private byte[] chunk = Csv.record(HEADER).getBytes(StandardCharsets.UTF_8);
        private int position;
        private boolean exhausted;
        private boolean closed;

        CursorStream(Connection connection, PreparedStatement statement, ResultSet rows, ZoneId zone) {
            this.connection = connection;
            this.statement = statement;
            this.rows = rows;
            this.time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position == chunk.length && !refill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, n);
            position += n;
            return n;
        }

        /** The next rows, up to about 16 KB; false at the end (and then the connection is already given back). */
        private boolean refill() throws IOException {
            if (exhausted || closed) {
                return false;
            }
            StringBuilder text = new StringBuilder();
            try {
                while (text.length() < 16_384) {
                    if (!rows.next()) {
                        exhausted = true;
                        break;
                    }
                    text.append(Csv.record(row(rows, time)));
                }
            } catch (SQLException e) {
                close();
                throw new IOException("reading the awards failed", e);
            }
            if (exhausted) {
                close();
            }
            chunk = text.toString().getBytes(StandardCharsets.UTF_8);
            position = 0;
            return chunk.length > 0;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                rows.close();
                statement.close();
            } catch (SQLException e) {
                LOG.debug("closing the export's cursor failed: {}", e.toString());
            }
            release(connection);
        }
    }
}
