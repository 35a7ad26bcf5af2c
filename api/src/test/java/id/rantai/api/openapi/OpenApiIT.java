package id.rantai.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OpenApiIT extends ApiTestSupport {

    @Test
    void theOpenApiDocumentDescribesTheApiWithoutLogin() {
        Answer answer = get("/openapi.yml", null);
        assertEquals(200, answer.status());
        assertTrue(answer.body().startsWith("openapi: 3"), answer.body().substring(0, 40));
        assertTrue(answer.body().contains("/api/auth/login"));
        assertTrue(answer.body().contains("/api/me"));
    }

    @Test
    void theApiDocsPageLoadsSwaggerUiFromTheApplicationItself() {
        Answer page = get("/api-docs", null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/api-docs/init.js"));
        assertTrue(get("/api-docs/init.js", null).body().contains("/openapi.yml"));
        assertEquals(200, get("/api-docs/ui/swagger-ui-bundle.js", null).status());
    }
}
