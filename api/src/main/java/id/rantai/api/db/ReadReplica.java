package id.rantai.api.db;

import io.micronaut.context.annotation.Factory;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The datasource for read-mostly queries, {@code datasources.replica}: monitoring figures, open data and the awards
 * export, which may lag the primary by a replica's delay. It is a PostgreSQL streaming replica when
 * {@code DATASOURCES_REPLICA_URL} is configured and the primary (a second, smaller pool) when it is not, so the code
 * is the same either way. Such code injects {@code @Named(ReadReplica.NAME) Sql} and runs in
 * {@code @Transactional(value = ReadReplica.NAME, readOnly = true)}; writes never go there.
 */
@Factory
public class ReadReplica {

    public static final String NAME = "replica";

    @Singleton
    @Named(NAME)
    Sql replicaSql(@Named(NAME) JdbcOperations jdbc) {
        return new Sql(jdbc);
    }
}
