package id.rantai.api.outbox;

import id.rantai.api.db.Sql;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Announces a changed aggregate to the search indexer, in the caller's transaction: a committed write is
 * always announced, a rolled-back one never. The indexer reads the aggregate's current state from
 * PostgreSQL and indexes it with the row version as the external version.
 */
@Singleton
public class Outbox {

    private final Sql sql;

    Outbox(Sql sql) {
        this.sql = sql;
    }

    public void changed(String aggregateType, UUID aggregateId, long version) {
        sql.update("insert into outbox (aggregate_type, aggregate_id, version) values (?, ?, ?)",
                aggregateType, aggregateId, version);
    }
}
