package id.rantai.web.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.web.support.Api;
import id.rantai.web.support.Browser;
import id.rantai.web.support.Database;
import id.rantai.web.support.PageChecks;
import id.rantai.web.support.WebTestApplication;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A procurement officer's whole job through the pages only, in a real Chromium: log in (coming back to the page asked
 * for), create a demand with two lots, publish it, and, once cooperatives have bid (through the API) and the deadline has
 * passed, compare the bids, run the optimizer with an MSME-share rule, watch it finish, accept the plan, see the awards and
 * record a delivery. Every page is screenshotted, weighed on first load and checked with axe-core.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficerJourneyIT implements WebTestApplication {

    private static final String JOURNEY = "officer";

    @Inject
    EmbeddedServer server;

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerRunsATenderFromDraftToDeliveryInTheBrowser() {
        try (Browser browser = Browser.open(server.getURL().toString(), JOURNEY, 1280)) {
            // asked for a page of the workspace without a session: the login page, then back to that page
            browser.go("/officer/demands");
            assertTrue(browser.path().startsWith("/login?next="), browser.path());
            check(browser, "login");
            browser.type("#username", "officer.pln");
            browser.type("#password", "rantai-demo");
            browser.click("#login-form button[type=submit]");
            assertEquals("/officer/demands", browser.path());
            check(browser, "my-demands");

            // a new demand with two lots
            browser.click("#new-demand");
            check(browser, "new-demand");
            String deadline = ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).plusDays(5).withHour(10).withMinute(0)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
            browser.type("#title", "Jaring sabut kelapa untuk lereng tapak tower");
            browser.type("#description", "Cocomesh untuk proteksi lereng jaringan transmisi Jawa Tengah");
            browser.type("#kbli", "22199");
            browser.set("#bidDeadline", deadline);
            fillLot(browser, 0, "Cocomesh 1 x 2 m", "1000", "ID-JT");
            browser.click("#add-lot");
            assertEquals(2, browser.all("fieldset.lot").size(), "a second lot block");
            assertEquals("Cocomesh 1 x 2 m", browser.find("#lot0-title").getAttribute("value"), "what was typed stays");
            fillLot(browser, 1, "Cocopot diameter 15 cm", "500", "ID-JT");
            // a delivery date before the bid deadline: the API's refusal shows beside that field, the form keeps its values
            browser.set("#lot1-deliveryDeadline", LocalDate.now().plusDays(1).toString());
            browser.click("#save-demand");
            assertEquals("must be after the bid deadline", browser.text("#lot1-deliveryDeadline-error"));
            assertEquals("true", browser.find("#lot1-deliveryDeadline").getAttribute("aria-invalid"));
            assertEquals("Cocopot diameter 15 cm", browser.find("#lot1-title").getAttribute("value"));
            browser.screenshot("form-refused");
            browser.set("#lot1-deliveryDeadline", LocalDate.now().plusDays(60).toString());
            browser.click("#save-demand");
            assertTrue(browser.path().matches("/officer/demands/[0-9a-f-]{36}\\?done=saved"), browser.path());
            UUID demandId = UUID.fromString(browser.path().substring("/officer/demands/".length(), "/officer/demands/".length() + 36));
            assertEquals("Draf", browser.text("#demand-status"));
            check(browser, "draft");

            browser.click("#publish");
            assertEquals("Terbuka", browser.text("#demand-status"));
            assertTrue(browser.text("#sealed-note").contains("tersegel"));
            check(browser, "published");

            // two cooperatives bid on both lots through the API while the demand is open
            Api api = new Api(server.getURL().toString());
            List<Map<String, Object>> lots = (List<Map<String, Object>>) api.get("/api/demands/" + demandId, api.login("officer.pln", "rantai-demo")).get("lots");
            bid(api, "coop.sabut", demandId, lots, 700, 38_000);
            bid(api, "coop.mebel", demandId, lots, 600, 36_000);
            browser.go("/officer/demands/" + demandId);
            assertFalse(browser.driver().getPageSource().contains("38.000"), "sealed: no price before the deadline");
            assertTrue(browser.all(".compare-link").isEmpty(), "sealed: no count, no comparison before the deadline");

            // the deadline passes
            Database.execute("update demand set bid_deadline = clock_timestamp() + interval '1 second' where id = ?", demandId);
            browser.waitUntil(d -> {
                browser.go("/officer/demands/" + demandId);
                return browser.text("#demand-status").equals("Evaluasi");
            }, Duration.ofSeconds(60));
            assertEquals(2, browser.all(".compare-link").size());
            check(browser, "evaluation");

            // the comparison, side by side, sortable, best values marked
            browser.click(".compare-link");
            assertEquals(2, browser.all("#comparison tbody tr").size());
            assertTrue(browser.text("#comparison tbody tr:first-child").contains("Rp 36.000"), "cheapest evaluated price first");
            assertTrue(browser.all("#comparison tbody tr:first-child td.best").size() >= 2, "the cheaper bid is marked best in price and evaluated price");
            check(browser, "comparison");
            browser.go(browser.path().replaceAll("\\?.*", "") + "?sort=price&dir=desc");
            assertTrue(browser.text("#comparison tbody tr:first-child").contains("Rp 38.000"), "sorted by price, highest first");

            // the optimizer with an MSME-share rule
            browser.go("/officer/demands/" + demandId);
            browser.click("#optimize");
            check(browser, "plan-rules");
            assertEquals("40", browser.find("#minMsmeSharePct").getAttribute("value"));
            browser.type("#timeLimitSeconds", "3");
            browser.click("#plan-submit");
            assertTrue(browser.path().startsWith("/officer/plans/"), browser.path());
            browser.screenshot("plan-solving");
            browser.waitUntil(d -> browser.all("#accept-plan").size() == 1, Duration.ofSeconds(90));
            assertEquals("selesai", browser.text("#plan-status"));
            assertFalse(browser.all(".plan-allocations tbody tr").isEmpty(), "the plan allocates the lots");
            assertFalse(browser.text("#plan-rules").isBlank());
            check(browser, "plan");

            browser.click("#accept-plan");
            assertTrue(browser.path().startsWith("/officer/demands/" + demandId), browser.path());
            assertEquals("Ditetapkan", browser.text("#demand-status"));
            int awards = browser.all("#awards-table tbody tr").size();
            assertTrue(awards >= 2, "both lots awarded");
            check(browser, "awarded");

            // a delivery against the first award
            browser.set("#awards-table tbody tr:first-child input[name=deliveredOn]", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
            browser.click("#awards-table tbody tr:first-child button[type=submit]");
            assertTrue(browser.text("#flash").contains("dicatat"), browser.text("#flash"));
            browser.screenshot("delivered");

            // the same page in English, and back
            browser.click("header form[action='/language'] button");
            assertEquals("Awarded", browser.text("#demand-status"));
            browser.screenshot("awarded-en");
            browser.click("header form[action='/language'] button");
            assertEquals("Ditetapkan", browser.text("#demand-status"));
        }
    }

    @Test
    void anOfficerOnAPhoneWorksWithoutSidewaysScrolling() {
        try (Browser phone = Browser.open(server.getURL().toString(), JOURNEY + "-phone", 360)) {
            phone.logIn("officer.pln", "rantai-demo");
            assertEquals("/officer/demands", phone.path(), "an officer lands on their demands");
            for (String path : List.of("/officer/demands", "/officer/demands/new")) {
                phone.go(path);
                Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                        .executeScript("return document.documentElement.scrollWidth");
                assertTrue(width.intValue() <= 360, path + " is " + width + " px wide on a 360 px phone");
                phone.screenshot(path.substring(path.lastIndexOf('/') + 1) + "-360");
            }
            phone.go("/officer/demands");
            phone.click("#demands tbody tr:first-child a");
            Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript("return document.documentElement.scrollWidth");
            assertTrue(width.intValue() <= 360, "a demand is " + width + " px wide on a 360 px phone");
            phone.screenshot("demand-360");
        }
    }

    private void fillLot(Browser browser, int index, String title, String quantity, String province) {
        String p = "#lot" + index + "-";
        browser.type(p + "title", title);
        browser.type(p + "specification", "Serat sabut kelapa, kadar air < 15%");
        browser.type(p + "quantity", quantity);
        browser.type(p + "unit", "pcs");
        browser.type(p + "minLocalContentPct", "40");
        new org.openqa.selenium.support.ui.Select(browser.find(p + "deliveryProvince")).selectByValue(province);
        browser.set(p + "deliveryDeadline", LocalDate.now().plusDays(60).toString());
        browser.type(p + "maxUnitPriceIdr", "50000");
    }

    @SuppressWarnings("unchecked")
    private static void bid(Api api, String cooperative, UUID demandId, List<Map<String, Object>> lots, long quantity, long price) {
        String token = api.login(cooperative, "rantai-demo");
        String cooperativeId = (String) api.get("/api/me", token).get("organizationId");
        List<Map<String, Object>> members = (List<Map<String, Object>>) api.get("/api/cooperatives/" + cooperativeId + "/members?size=3", token).get("items");
        List<Object> memberIds = members.stream().limit(2).map(m -> m.get("id")).toList();
        for (Map<String, Object> lot : lots) {
            api.post("/api/demands/" + demandId + "/lots/" + lot.get("id") + "/bids", token, Map.of("quantity", Math.min(quantity,
                    ((Number) lot.get("quantity")).longValue()), "unitPriceIdr", price, "leadTimeDays", 14, "localContentPct", 60, "memberIds", memberIds));
        }
    }

    private static void check(Browser browser, String page) {
        PageChecks.check(browser, JOURNEY, page);
    }
}
