package id.rantai.api.idempotency;

import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.yaml.snakeyaml.Yaml;

/**
 * The README's promise "every POST that creates something takes an Idempotency-Key", checked over the whole route
 * table: a POST that creates answers 428 without the key (and creates nothing), and the OpenAPI document says the
 * header is required. Actions on an existing resource (publish, cancel, accept) and the login are the stated exceptions.
 */
@MicronautTest(transactional = false)
class IdempotencyKeyRequiredIT extends ApiTestSupport {

    @Inject
    Router router;

    @Test
    void everyPostThatCreatesSomethingAnswers428WithoutTheKey() {
        String admin = login("admin");
        List<Executable> checks = new ArrayList<>();
        for (String route : postRoutes()) {
            Answer answer = postWithoutIdempotencyKey(concrete(route), admin, "{}");
            if (exempt(route)) {
                checks.add(() -> assertNotEquals(428, answer.status(), route + " is an action or the login: " + answer.body()));
            } else {
                checks.add(() -> {
                    assertEquals(428, answer.status(), route + ": " + answer.body());
                    assertTrue(answer.contentType().startsWith("application/problem+json"), route + ": " + answer.contentType());
                    assertTrue(String.valueOf(answer.json().get("detail")).contains("Idempotency-Key header"), route + ": " + answer.body());
                });
            }
        }
        assertAll(checks);
        assertTrue(postRoutes().stream().filter(r -> !exempt(r)).count() >= 10, "the walk found the creating POSTs: " + postRoutes());
    }

    @Test
    void aDemandPostedWithoutTheKeyIsNotCreatedAndWithItIs() {
        String officer = login("officer.pln");
        String body = toJson(demand("Tanpa kunci idempotensi", inDays(5), 1));
        long before = Database.count("select count(*) from demand");
        assertEquals(428, postWithoutIdempotencyKey("/api/demands", officer, body).status());
        assertEquals(before, Database.count("select count(*) from demand"), "nothing created");
        assertEquals(201, post("/api/demands", officer, body, IDEMPOTENCY_KEY, UUID.randomUUID().toString()).status());
    }

    @Test
    void aStrangerStillHearsThatALoginIsNeededFirst() {
        assertEquals(401, postWithoutIdempotencyKey("/api/demands", null, "{}").status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentDeclaresTheKeyRequiredOnEveryPostThatCreates() {
        Map<String, Object> document = new Yaml().load(get("/openapi.yml", null).body());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<Executable> checks = new ArrayList<>();
        for (String route : postRoutes()) {
            Map<String, Object> operation = (Map<String, Object>) paths.getOrDefault(route, Map.of()).get("post");
            checks.add(() -> assertTrue(operation != null, route + " is in the OpenAPI document"));
            if (operation == null) {
                continue;
            }
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            boolean required = parameters.stream().anyMatch(p -> IDEMPOTENCY_KEY.equals(p.get("name"))
                    && "header".equals(p.get("in")) && Boolean.TRUE.equals(p.get("required")));
            checks.add(() -> assertEquals(!exempt(route), required, route + " declares Idempotency-Key required: " + parameters));
        }
        assertAll(checks);
    }

    /** Every POST route of the API, as templates such as {@code /api/demands/{demandId}/lots/{lotId}/bids}. */
    private List<String> postRoutes() {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.POST)
                .map(UriRouteInfo::getUriMatchTemplate)
                .map(Object::toString)
                .filter(path -> path.startsWith("/api/"))
                .sorted()
                .toList();
    }

    /** The README's rule: the login, and actions on an existing resource that a repeat cannot do twice. */
    private static boolean exempt(String route) {
        return route.equals("/api/auth/login") || route.endsWith("/publish") || route.endsWith("/cancel") || route.endsWith("/accept");
    }

    private static String concrete(String route) {
        return route.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
