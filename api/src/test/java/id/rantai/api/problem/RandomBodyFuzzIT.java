package id.rantai.api.problem;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Random JSON (seeded, so a failure replays) thrown at every write endpoint, shaped like the real body but with
 * fields of the wrong type, wrong size, missing or unknown. Whatever arrives, the answer is a 4xx problem.
 */
@MicronautTest(transactional = false)
class RandomBodyFuzzIT extends ApiTestSupport {

    private static final List<String> FIELDS = List.of("title", "description", "kbli", "bidDeadline", "lots", "quantity",
            "unitPriceIdr", "leadTimeDays", "localContentPct", "memberIds", "facilityId", "allocations", "bidId",
            "deliveredOn", "version", "rules", "unit", "deliveryProvince", "maxUnitPriceIdr", "username", "password");

    private final Random random = new Random(20261123L);

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
        List<Executable> checks = new ArrayList<>();
        for (String[] target : targets) {
            for (int i = 0; i < 40; i++) {
                String body = toJson(randomObject(0));
                Answer answer = send(target[0], target[1], target[2], body);
                checks.add(() -> assertTrue(answer.status() >= 400 && answer.status() < 500
                        && answer.contentType().startsWith("application/problem+json"),
                        target[0] + " " + target[1] + " " + body + " → " + answer.status() + " " + answer.body()));
            }
        }
        assertAll(checks);
    }

    private Map<String, Object> randomObject(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        int fields = random.nextInt(6);
        for (int i = 0; i < fields; i++) {
            object.put(FIELDS.get(random.nextInt(FIELDS.size())), randomValue(depth + 1));
        }
        return object;
    }

    private Object randomValue(int depth) {
        return switch (random.nextInt(depth > 2 ? 7 : 9)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextLong();
            case 3 -> -random.nextInt(1000);
            case 4 -> random.nextDouble() * 1e20;
            case 5 -> "x".repeat(random.nextInt(3) == 0 ? 5000 : random.nextInt(10));
            case 6 -> List.of("ID-JT", "2020-13-45", "\u0000", "' or 1=1 --", UUID.randomUUID().toString(), "9999-12-31T23:59:59Z")
                    .get(random.nextInt(6));
            case 7 -> java.util.Arrays.asList(randomValue(depth + 1), randomValue(depth + 1));
            default -> randomObject(depth);
        };
    }
}
