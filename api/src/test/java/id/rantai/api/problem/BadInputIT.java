package id.rantai.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, it gets a problem document, never a 500 or a stack trace. */
@MicronautTest(transactional = false)
class BadInputIT extends ApiTestSupport {

    @ParameterizedTest(name = "login body {0}")
    @ValueSource(strings = {
            "{", "not json", "[]", "null", "\"text\"", "{\"username\": 42, \"password\": []}",
            "{\"username\": \"admin\"}", "{\"password\": \"x\"}", "{\"username\": \"\", \"password\": \"\"}",
            "{\"username\": {\"$ne\": null}, \"password\": \"x\"}", "{\"username\": \"a\\u0000b\", \"password\": \"x\"}"})
    void malformedLoginRequestsAnswerAClientProblem(String body) {
        Answer answer = post("/api/auth/login", null, body);
        assertTrue(answer.status() >= 400 && answer.status() < 500, answer.status() + " " + answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertFalse(answer.body().contains("at id.rantai") || answer.body().contains("Exception"), answer.body());
    }

    @Test
    void missingFieldsAreNamedInTheProblem() {
        Answer answer = post("/api/auth/login", null, "{\"username\": \"\", \"password\": \"\"}");
        assertEquals(400, answer.status());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.json().get("errors");
        assertEquals(List.of("password", "username"), errors.stream().map(e -> (String) e.get("field")).sorted().toList());
    }

    @Test
    void aHugeBodyIsRefusedWithoutHarm() {
        String huge = "x".repeat(2_000_000);
        Answer answer = post("/api/auth/login", null, "{\"username\":\"" + huge + "\",\"password\":\"x\"}");
        assertTrue(answer.status() == 413 || answer.status() == 400, answer.status() + "");
        assertEquals(200, post("/api/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"" + DEMO_PASSWORD + "\"}").status(), "the server still serves");
    }

    @Test
    void anUnknownApiPathIs404Problem() {
        Answer answer = get("/api/no-such-thing", login("admin"));
        assertEquals(404, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    }
}
