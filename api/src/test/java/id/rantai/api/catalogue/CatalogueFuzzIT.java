package id.rantai.api.catalogue;

import static id.rantai.api.catalogue.CatalogueFixtures.capability;
import static id.rantai.api.support.Fixtures.organizationOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.rantai.api.support.Database;
import id.rantai.api.support.RandomJson;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seeded random JSON (a failure replays; {@code -Drantai.fuzz.seed=N} tries another seed) at every catalogue write: the catalogue's own field names with values
 * of any type and size, nested anywhere. Whatever arrives, the answer is a 4xx problem and nothing is written.
 */
@MicronautTest(transactional = false)
class CatalogueFuzzIT extends CatalogueApiTest {

    private static final List<String> FIELDS = List.of("name", "nib", "ownerName", "province", "location", "lat", "lon",
            "sizeClass", "womenLed", "youthLed", "green", "kbli", "certifications", "code", "validUntil", "title",
            "description", "processes", "products", "monthlyCapacity", "quantity", "unit", "unitPriceIdr", "min", "max",
            "leadTimeDays", "minOrderQuantity", "localContentPct", "facilityIds", "memberIds", "sector",
            "weeklyCapacityHours", "status", "openedOn", "operatorId", "version");

    private final RandomJson random = new RandomJson(Long.getLong("rantai.fuzz.seed", 20261124L), FIELDS, 8, List.of(
            "ID-SA", "MICRO", "OPERATING", "SNI", "1234567890123", "2020-13-45", "+999999999-12-31",
            "\u0000", "' or 1=1 --", "NaN"));

    @Test
    void noRandomBodyGetsAServerErrorOrWritesAnything() {
        String coop = login("coop.sabut");
        String ministry = login("analyst.kemenkop");
        // the member first: a new member re-announces the cooperative's entries (a new version)
        String member = (String) post("/api/cooperatives/" + organizationOf("coop.sabut") + "/members", coop,
                toJson(CatalogueFixtures.member("UD Fuzz", CatalogueFixtures.newNib()))).json().get("id");
        String entry = (String) post("/api/capabilities", coop, toJson(capability("Fuzz: sabut"))).json().get("id");
        UUID facility = CatalogueFixtures.demoFacility("PLANNED");
        List<String[]> targets = List.of(
                new String[] {"POST", "/api/cooperatives/" + organizationOf("coop.sabut") + "/members", coop},
                new String[] {"PUT", "/api/cooperatives/" + organizationOf("coop.sabut") + "/members/" + member, coop},
                new String[] {"POST", "/api/capabilities", coop},
                new String[] {"PUT", "/api/capabilities/" + entry, coop},
                new String[] {"POST", "/api/facilities", ministry},
                new String[] {"PUT", "/api/facilities/" + facility, ministry});
        long msmes = Database.count("select count(*) from msme");
        long entries = Database.count("select count(*) from capability");
        long facilities = Database.count("select count(*) from facility");
        assertRandomBodiesRefused(targets, 60, random);
        assertEquals(msmes, Database.count("select count(*) from msme"));
        assertEquals(entries, Database.count("select count(*) from capability"));
        assertEquals(facilities, Database.count("select count(*) from facility"));
        assertEquals(0L, ((Number) Database.value("select version from capability where id = ?::uuid", entry)).longValue());
    }
}
