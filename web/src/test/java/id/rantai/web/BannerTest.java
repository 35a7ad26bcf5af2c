package id.rantai.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BannerTest {

    @Test
    void theBannerNamesTheUrlThePasswordAndEveryDemoLogin() {
        String text = Banner.text("http://localhost:8080", "s3cret");
        assertTrue(text.contains("http://localhost:8080"));
        assertTrue(text.contains("s3cret"));
        for (String login : new String[] {"officer.pertamina", "officer.pln", "coop.sabut", "coop.mebel", "analyst.kemenkop", "admin"}) {
            assertTrue(text.contains(login), login);
        }
    }
}
