package id.rantai.api.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.rantai.api.monitoring.InclusionDataset;
import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import id.rantai.api.support.Fixtures;
import id.rantai.infra.local.LocalServices;
import id.rantai.infra.local.PostgresEndpoint;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Monitoring figures, open data and the awards export are read through {@code datasources.replica} when one is
 * configured, and writes still go to the primary. The "replica" here is the test database reached as a role that
 * may only read ({@value #READER}): taking a table away from that role breaks exactly the reads that go through
 * it, which shows which datasource each one uses.
 */
@MicronautTest(transactional = false)
class ReadReplicaIT extends ApiTestSupport {

    static final String READER = "rantai_replica_reader";

    @Override
    public Map<String, String> getProperties() {
        PostgresEndpoint pg = LocalServices.shared().postgres();
        Database.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + READER + "') then "
                + "create role " + READER + " login password 'reader'; end if; end $$");
        Database.execute("alter role " + READER + " set default_transaction_read_only = on");
        // tables Flyway creates later (when this is the JVM's first test) and those already there
        Database.execute("alter default privileges in schema public grant select on tables to " + READER);
        Database.execute("grant select on all tables in schema public to " + READER);
        Map<String, String> properties = super.getProperties();
        // the embedded server's URL names its superuser (?user=…), which would win over the username below
        String server = pg.jdbcUrl().contains("?") ? pg.jdbcUrl().substring(0, pg.jdbcUrl().indexOf('?')) : pg.jdbcUrl();
        properties.put("datasources.replica.url", server + "?ApplicationName=rantai-replica");
        properties.put("datasources.replica.username", READER);
        properties.put("datasources.replica.password", "reader");
        return properties;
    }

    @AfterEach
    void giveBack() {
        Database.execute("grant select on all tables in schema public to " + READER);
    }

    @Test
    void monitoringOpenDataAndTheExportReadTheReplica() {
        InclusionDataset data = InclusionDataset.insert();
        String analyst = login("analyst.kemenkop");
        String inclusion = "/api/monitoring/inclusion?buyer=" + data.buyer + "&from=2025-03-01&to=2025-03-31";
        String export = "/api/exports/awards.csv?buyer=" + data.buyer + "&from=2025-03-01&to=2025-03-31";
        assertEquals(200, get(inclusion, analyst).status());
        assertEquals(200, get(export, analyst).status());
        assertEquals(200, get("/api/ocds/releases", null).status());

        Database.execute("revoke select on award_attribution from " + READER);
        assertNotEquals(200, get(inclusion, analyst).status(), "the figures come from the replica's role");
        assertNotEquals(200, get(export, analyst).status(), "so does the export");
        Database.execute("revoke select on demand from " + READER);
        assertNotEquals(200, get("/api/ocds/releases", null).status(), "and open data");
    }

    @Test
    void writesGoToThePrimaryEvenWhenTheReplicaCannotReadTheTable() {
        Database.execute("revoke select on demand from " + READER);
        String officer = login("officer.pln");
        Answer created = post("/api/demands", officer, toJson(Fixtures.demand("Replica: kursi rotan", Fixtures.inDays(7), 1)),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, created.status(), created.body());
        assertEquals(200, get("/api/demands/" + created.json().get("id"), officer).status(), "and the officer's reads too");
    }
}
