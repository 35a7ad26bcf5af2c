package id.rantai.api.problem;


import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import id.rantai.api.support.RandomJson;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Random JSON (seeded, so a failure replays) thrown at every write endpoint, shaped like the real body but with
 * fields of the wrong type, wrong size, missing or unknown. Whatever arrives, the answer is a 4xx problem.
 */
@MicronautTest(transactional = false)
class RandomBodyFuzzIT extends ApiTestSupport {

    private static final List<String> FIELDS = List.of("title", "description", "kbli", "bidDeadline", "lots", "quantity",
            "unitPriceIdr", "leadTimeDays", "localContentPct", "memberIds", "facilityId", "allocations", "bidId",
            "deliveredOn", "version", "rules", "unit", "deliveryProvince", "maxUnitPriceIdr", "username", "password");

    private final RandomJson random = new RandomJson(20261123L, FIELDS, 6, List.of(
            "ID-JT", "2020-13-45", "\u0000", "' or 1=1 --", "9999-12-31T23:59:59Z"));

    @Test
    void noRandomBodyGetsAServerError() {
        String officer = login("officer.pertamina");
        String coop = login("coop.sabut");
        Object demand = Database.value("select id from demand where status = 'OPEN' and buyer_organization_id = "
                + "(select organization_id from app_user where username = 'officer.pertamina') limit 1");
        Object lot = demand == null ? UUID.randomUUID() : Database.value("select id from lot where demand_id = ? limit 1", demand);
        String d = demand == null ? UUID.randomUUID().toString() : demand.toString();
        List<String[]> targets = List.of(
                new String[] {"POST", "/api/demands", officer},
                new String[] {"PUT", "/api/demands/" + d, officer},
                new String[] {"POST", "/api/demands/" + d + "/lots/" + lot + "/bids", coop},
                new String[] {"POST", "/api/demands/" + d + "/awards", officer},
                new String[] {"POST", "/api/awards/" + UUID.randomUUID() + "/deliveries", coop},
                new String[] {"POST", "/api/auth/login", null});
        assertRandomBodiesRefused(targets, 40, random);
    }
}
