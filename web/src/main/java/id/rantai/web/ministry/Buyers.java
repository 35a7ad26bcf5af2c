package id.rantai.web.ministry;

import id.rantai.api.db.ReadReplica;
import id.rantai.api.db.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** The BUMN a dashboard can be filtered by (every buyer organisation, by name). */
@Singleton
class Buyers {

    record Buyer(UUID id, String name) {
    }

    private final Sql sql;

    Buyers(@Named(ReadReplica.NAME) Sql sql) {
        this.sql = sql;
    }

    @Transactional(value = ReadReplica.NAME, readOnly = true)
    List<Buyer> all() {
        return sql.list("select id, name from organization where type = 'BUMN' order by name, id",
                rs -> new Buyer(Sql.uuid(rs, "id"), rs.getString("name")));
    }
}
