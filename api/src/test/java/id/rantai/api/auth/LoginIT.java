package id.rantai.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.mindrot.jbcrypt.BCrypt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest(transactional = false)
class LoginIT extends ApiTestSupport {

    @ParameterizedTest(name = "{0} logs in as {1} of {2}")
    @CsvSource({
            "officer.pertamina, OFFICER, Pertamina",
            "officer.pln, OFFICER, PLN",
            "coop.sabut, COOPERATIVE, Sabut",
            "coop.mebel, COOPERATIVE, Mebel",
            "analyst.kemenkop, MINISTRY, Kementerian Koperasi",
            "admin, ADMIN, "})
    void eachDemoAccountLogsInAndSeesWhoItIs(String username, String role, String organisation) {
        Answer token = post("/api/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}");
        assertEquals(200, token.status(), token.body());
        assertEquals("Bearer", token.json().get("tokenType"));
        assertTrue(((Number) token.json().get("expiresIn")).intValue() > 0);

        Answer me = get("/api/me", (String) token.json().get("accessToken"));
        assertEquals(200, me.status(), me.body());
        assertEquals(username, me.json().get("username"));
        assertEquals(role, me.json().get("role"));
        if (organisation == null) {
            assertNull(me.json().get("organizationId"));
        } else {
            assertNotNull(me.json().get("organizationId"));
            assertTrue(((String) me.json().get("organizationName")).toLowerCase().contains(organisation.toLowerCase()),
                    me.json().get("organizationName") + " should name " + organisation);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAProblem() {
        Answer answer = post("/api/auth/login", null, "{\"username\":\"officer.pln\",\"password\":\"wrong\"}");
        assertEquals(401, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals("Invalid username or password", answer.json().get("detail"));
        assertNull(answer.json().get("accessToken"));
    }

    @Test
    void repeatedFailuresLockTheNameForAWhileEvenAgainstTheRightPassword() {
        String username = "officer.throttle." + UUID.randomUUID().toString().substring(0, 8);
        Database.value("""
                insert into app_user (username, password_hash, role, organization_id, display_name)
                select ?, ?, 'OFFICER', organization_id, 'Petugas Uji' from app_user where username = 'officer.pertamina'
                returning id""", username, BCrypt.hashpw("right-password", BCrypt.gensalt(4)));
        String wrong = "{\"username\":\"" + username + "\",\"password\":\"guess\"}";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, post("/api/auth/login", null, wrong).status(), "failure " + (i + 1));
        }

        Answer locked = post("/api/auth/login", null, "{\"username\":\"" + username + "\",\"password\":\"right-password\"}");
        assertEquals(429, locked.status(), locked.body());
        assertTrue(locked.contentType().startsWith("application/problem+json"), locked.contentType());
        assertNull(locked.json().get("accessToken"));
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
        assertEquals(429, post("/api/auth/login", null, wrong, "X-Forwarded-For", "198.51.100.23", "Forwarded", "for=198.51.100.24").status(),
                "a made-up client address does not start a new count");
        assertEquals(200, post("/api/auth/login", null,
                "{\"username\":\"officer.pertamina\",\"password\":\"" + DEMO_PASSWORD + "\"}").status(), "other names are not locked");
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        Answer unknown = post("/api/auth/login", null, "{\"username\":\"nobody.here\",\"password\":\"x\"}");
        Answer wrong = post("/api/auth/login", null, "{\"username\":\"admin\",\"password\":\"x\"}");
        assertEquals(wrong.status(), unknown.status());
        assertEquals(wrong.json(), unknown.json());
    }

    @Test
    void usernamesAreMatchedWhateverTheirCase() {
        Answer answer = post("/api/auth/login", null,
                "{\"username\":\"Officer.PLN\",\"password\":\"" + DEMO_PASSWORD + "\"}");
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        Answer answer = get("/api/me", null);
        assertEquals(401, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = login("coop.sabut");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        assertEquals(401, get("/api/me", forged).status());
    }
}
