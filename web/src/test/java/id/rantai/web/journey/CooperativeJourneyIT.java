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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A cooperative manager's side of the marketplace through the pages only, in a real Chromium, on a desktop and on a
 * 360 px phone: log in, register a member, add a catalogue entry, find a published demand through search, bid on two
 * lots (the evaluated price follows the price and TKDN as they are typed), revise one, see the deadline lock them, see
 * the award once the officer accepts a plan (through the API), report a delivery. Every page is screenshotted, weighed
 * on first load and checked with axe-core; on the phone nothing may scroll sideways. Another cooperative's bid and
 * member are refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CooperativeJourneyIT implements WebTestApplication {

    @Inject
    EmbeddedServer server;

    @Test
    void aCooperativeManagerBidsAndDeliversInTheBrowser() {
        journey("cooperative", 1280, "Geotekstil sabut kelapa untuk reklamasi tambang");
    }

    @Test
    void aCooperativeManagerDoesTheSameOnA360PixelPhone() {
        journey("cooperative-phone", 360, "Bronjong sabut kelapa untuk tebing sungai");
    }

    @SuppressWarnings("unchecked")
    private void journey(String journey, int width, String demandTitle) {
        Api api = new Api(server.getURL().toString());
        String officer = api.login("officer.pln", "rantai-demo");
        UUID demandId = publishedDemand(api, officer, demandTitle);
        String searchWord = demandTitle.split(" ")[0];
        try (Browser browser = Browser.open(server.getURL().toString(), journey, width)) {
            // the workspace asked for without a session: the login page, then back to it
            browser.go("/cooperative");
            assertTrue(browser.path().startsWith("/login?next="), browser.path());
            browser.type("#username", "coop.sabut");
            browser.type("#password", "rantai-demo");
            browser.click("#login-form button[type=submit]");
            assertEquals("/cooperative", browser.path());
            check(browser, journey, width, "dashboard");

            // a member with a certificate that ends in 30 days
            browser.click(".coop-nav a[href='/cooperative/members']");
            check(browser, journey, width, "members");
            browser.click("#new-member");
            check(browser, journey, width, "member-form");
            String memberName = "UMKM Serat Bitung " + journey;
            browser.type("#member-name", memberName);
            browser.type("#member-nib", String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L)));
            browser.type("#member-ownerName", "Ibu Maria Lumentut");
            new Select(browser.find("#member-sizeClass")).selectByValue("SMALL");
            browser.find("#member-womenLed").click();
            new Select(browser.find("#member-province")).selectByValue("ID-SA");
            browser.type("#cert0-code", "SNI");
            browser.set("#cert0-until", LocalDate.now().plusDays(30).toString());
            browser.click("#save-member");
            assertEquals("/cooperative/members?done=memberRegistered", browser.path());
            assertTrue(browser.text("#members").contains(memberName), "the new member is listed");
            assertTrue(browser.all("#members .tag.expiring").size() >= 1, "its certificate is flagged as ending soon");
            UUID memberId = UUID.fromString(browser.all("#members tbody tr").stream()
                    .filter(row -> row.getText().contains(memberName)).findFirst().orElseThrow()
                    .getAttribute("id").substring("member-".length()));

            // a catalogue entry produced by that member
            browser.click(".coop-nav a[href='/cooperative/catalogue']");
            browser.click("#new-capability");
            check(browser, journey, width, "capability-form");
            browser.type("#cap-title", "Geotekstil dan bronjong sabut kelapa " + journey);
            browser.type("#cap-kbli", "22199");
            browser.type("#cap-products", "geotekstil, bronjong, cocomesh");
            browser.type("#cap-processes", "pemintalan, penganyaman");
            browser.type("#cap-monthlyCapacity-quantity", "5000");
            browser.type("#cap-monthlyCapacity-unit", "pcs");
            browser.type("#cap-unitPriceIdr-min", "30000");
            browser.type("#cap-unitPriceIdr-max", "45000");
            browser.type("#cap-leadTimeDays", "14");
            browser.type("#cap-localContentPct", "60");
            browser.find("#cap-member-" + memberId).click();
            browser.click("#save-capability");
            assertEquals("/cooperative/catalogue?done=capabilityAdded", browser.path());
            assertTrue(browser.text("main").contains("Geotekstil dan bronjong sabut kelapa " + journey));
            assertTrue(browser.text("main").contains(memberName + ": SNI berakhir"), "the entry flags its member's certificate");
            check(browser, journey, width, "catalogue");

            // the published demand, found through search (the index follows the database within seconds)
            browser.click(".coop-nav a[href='/cooperative/demands']");
            check(browser, journey, width, "find-work");
            browser.waitUntil(d -> {
                browser.type("#q", searchWord);
                browser.click("#find-submit");
                return !browser.all("#found a[href='/cooperative/demands/" + demandId + "']").isEmpty();
            }, Duration.ofSeconds(60));
            check(browser, journey, width, "found");
            browser.click("#found a[href='/cooperative/demands/" + demandId + "']");
            assertEquals("Terbuka", browser.text("#demand-status"));
            check(browser, journey, width, "demand");

            // a bid on lot 1: over the ceiling first (refused beside the price), the evaluated price following the typing
            browser.click("#lot-1 .bid-link");
            check(browser, journey, width, "bid-form");
            browser.type("#quantity", "600");
            browser.type("#leadTimeDays", "14");
            browser.type("#localContentPct", "60");
            browser.type("#unitPriceIdr", "60000");
            browser.waitUntil(d -> browser.text("#evaluated-price").equals("Rp 51.000"), Duration.ofSeconds(10));
            assertFalse(browser.all("#over-ceiling").isEmpty(), "the price above the ceiling is pointed out while typing");
            browser.find("#member-" + memberId).click();
            browser.click("#save-bid");
            assertTrue(browser.text("#unitPriceIdr-error").contains("ceiling"), browser.text("main"));
            browser.screenshot("bid-refused");
            browser.type("#unitPriceIdr", "40000");
            browser.waitUntil(d -> browser.text("#evaluated-price").equals("Rp 34.000"), Duration.ofSeconds(10));
            assertTrue(browser.find("#member-" + memberId).isSelected(), "the refused form keeps what was chosen");
            browser.click("#save-bid");
            assertTrue(browser.path().matches("/cooperative/bids/[0-9a-f-]{36}\\?done=bidSaved"), browser.path());
            UUID bidOne = UUID.fromString(browser.path().substring("/cooperative/bids/".length(), "/cooperative/bids/".length() + 36));
            assertEquals("dapat diubah", browser.text("#bid-state"));
            check(browser, journey, width, "bid-saved");

            // a bid on lot 2
            browser.go("/cooperative/demands/" + demandId);
            browser.click("#lot-2 .bid-link");
            browser.type("#quantity", "400");
            browser.type("#unitPriceIdr", "45000");
            browser.type("#leadTimeDays", "21");
            browser.type("#localContentPct", "50");
            browser.find("#member-" + memberId).click();
            browser.click("#save-bid");
            assertTrue(browser.path().endsWith("?done=bidSaved"), browser.path());

            // the member is named in live bids: ending its membership is refused with the reason, not an error page
            browser.go("/cooperative/members");
            browser.click("#member-" + memberId + " .remove-member button");
            assertTrue(browser.text("#refusal").contains(memberName), browser.text("main"));
            assertTrue(browser.text("#refusal").contains("bid"), browser.text("#refusal"));
            browser.screenshot("member-refused");

            // revise the first bid
            browser.go("/cooperative/bids/" + bidOne);
            browser.type("#unitPriceIdr", "39000");
            browser.click("#save-bid");
            assertTrue(browser.path().endsWith("?done=bidRevised"), browser.path());
            assertEquals(39_000L, ((Number) Database.value("select unit_price_idr from bid where id = ?", bidOne)).longValue());
            browser.go("/cooperative");
            assertTrue(browser.all("#open-bids a[href='/cooperative/bids/" + bidOne + "']").size() == 1, "the dashboard lists the bid in progress");
            assertFalse(browser.find("#open-bids .remaining").getText().isBlank(), "with its deadline counting down");
            check(browser, journey, width, "dashboard-bids");

            // the deadline passes: the bid is locked and says so
            Database.execute("update demand set bid_deadline = clock_timestamp() + interval '1 second' where id = ?", demandId);
            browser.waitUntil(d -> {
                browser.go("/cooperative/bids/" + bidOne);
                return !browser.all("#bid-locked").isEmpty();
            }, Duration.ofSeconds(60));
            assertTrue(browser.text("#bid-locked").contains("terkunci"), browser.text("#bid-locked"));
            assertTrue(browser.all("#bid-form").isEmpty() && browser.all("#withdraw-form").isEmpty(), "nothing to change any more");
            check(browser, journey, width, "bid-locked");
            browser.go("/cooperative/bids?state=LOCKED");
            assertTrue(browser.all("#bids a[href='/cooperative/bids/" + bidOne + "']").size() == 1);
            check(browser, journey, width, "my-bids");

            // the officer accepts an optimizer plan (through the API)
            Map<String, Object> plan = api.post("/api/demands/" + demandId + "/award-plans", officer,
                    Map.of("rules", Map.of(), "timeLimitSeconds", 2));
            String planId = String.valueOf(plan.get("planId"));
            browser.waitUntil(d -> "SOLVED".equals(api.get("/api/award-plans/" + planId, officer).get("status")), Duration.ofSeconds(90));
            api.post("/api/award-plans/" + planId + "/accept", officer, null);

            // the award, and a delivery reported against it
            browser.go("/cooperative");
            assertTrue(browser.text("#awards-to-deliver").contains(demandTitle), "the dashboard lists the award to deliver");
            browser.click(".coop-nav a[href='/cooperative/awards']");
            String award = "#awards article.award[data-demand='" + demandId + "']";
            assertTrue(browser.all(award).size() >= 1, "the award is listed");
            check(browser, journey, width, "awards");
            browser.type(award + " input[name=quantity]", "300");
            browser.set(award + " input[name=deliveredOn]", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
            browser.click(award + " button.report-delivery");
            assertTrue(browser.text("#flash").contains("dicatat"), browser.text("main"));
            assertTrue(browser.text(award + " .delivered").startsWith("300"), browser.text(award));
            check(browser, journey, width, "delivered");
            browser.go("/cooperative/bids/" + bidOne);
            assertEquals("ditetapkan", browser.text("#bid-state"));

            // the same page in English
            browser.go("/cooperative/awards");
            browser.click("header form[action='/language'] button");
            assertTrue(browser.text("main h1").contains("Awards and deliveries"), browser.text("main h1"));
            browser.screenshot("awards-en");
            browser.click("header form[action='/language'] button");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherCooperativesBidAndMemberAreRefused() {
        Api api = new Api(server.getURL().toString());
        String officer = api.login("officer.pln", "rantai-demo");
        UUID demandId = publishedDemand(api, officer, "Keset sabut kelapa untuk kantor unit");
        String sabut = api.login("coop.sabut", "rantai-demo");
        String sabutId = (String) api.get("/api/me", sabut).get("organizationId");
        List<Map<String, Object>> members = (List<Map<String, Object>>) api.get("/api/cooperatives/" + sabutId + "/members?size=2", sabut).get("items");
        String memberId = (String) members.get(0).get("id");
        List<Map<String, Object>> lots = (List<Map<String, Object>>) api.get("/api/demands/" + demandId, officer).get("lots");
        String bidId = (String) api.post("/api/demands/" + demandId + "/lots/" + lots.get(0).get("id") + "/bids", sabut,
                Map.of("quantity", 100, "unitPriceIdr", 40_000, "leadTimeDays", 14, "localContentPct", 60, "memberIds", List.of(memberId))).get("id");
        try (Browser mebel = Browser.open(server.getURL().toString(), "cooperative-security", 1280)) {
            mebel.logIn("coop.mebel", "rantai-demo");
            mebel.go("/cooperative/bids/" + bidId);
            assertTrue(mebel.text("main h1").contains("Tidak ditemukan"), "another cooperative's bid does not exist for it");
            assertFalse(mebel.driver().getPageSource().contains("40.000"), "nothing of the bid shows");
            mebel.screenshot("other-bid-404");
            mebel.go("/cooperative/members/" + memberId + "/edit");
            assertTrue(mebel.text("main h1").contains("Tidak ditemukan"), "another cooperative's member does not exist for it");
            assertFalse(mebel.driver().getPageSource().contains((String) members.get(0).get("nib")));
            mebel.screenshot("other-member-404");
            mebel.go("/cooperative/members");
            assertFalse(mebel.driver().getPageSource().contains((String) members.get(0).get("nib")), "its own list only");
        }
        try (Browser pln = Browser.open(server.getURL().toString(), "cooperative-security", 1280)) {
            pln.logIn("officer.pln", "rantai-demo");
            pln.go("/cooperative");
            assertTrue(pln.text("main h1").contains("Bukan untuk Anda"), "an officer is not a cooperative manager");
            pln.go("/cooperative/bids/" + bidId);
            assertTrue(pln.text("main h1").contains("Bukan untuk Anda"), "nor sees a sealed bid here");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerWithdrawsABidCorrectsAMemberAndChangesTheCatalogue() {
        Api api = new Api(server.getURL().toString());
        String officer = api.login("officer.pln", "rantai-demo");
        UUID demandId = publishedDemand(api, officer, "Tikar sabut kelapa untuk musala kantor unit");
        List<Map<String, Object>> lots = (List<Map<String, Object>>) api.get("/api/demands/" + demandId, officer).get("lots");
        try (Browser browser = Browser.open(server.getURL().toString(), "cooperative-changes", 1280)) {
            browser.logIn("coop.mebel", "rantai-demo");
            assertEquals("/cooperative", browser.path(), "a cooperative manager lands on the cooperative's dashboard");

            // a bid using a shared facility: its free hours per week until the delivery deadline are shown
            browser.go("/cooperative/demands/" + demandId + "/lots/" + lots.get(0).get("id") + "/bid");
            browser.type("#quantity", "100");
            browser.type("#unitPriceIdr", "30000");
            browser.type("#leadTimeDays", "10");
            browser.type("#localContentPct", "50");
            // typed one after the other: the evaluated price follows the last of them (30.000 x (1 - 50% x 25%))
            browser.waitUntil(d -> browser.text("#evaluated-price").equals("Rp 26.250"), Duration.ofSeconds(10));
            browser.find("#members input[type=checkbox]").click();
            new Select(browser.find("#facilityId")).selectByIndex(1);
            browser.waitUntil(d -> !browser.all("#facility-weeks table tbody tr").isEmpty(), Duration.ofSeconds(10));
            browser.screenshot("bid-facility-weeks");
            browser.click("#save-bid");
            assertTrue(browser.path().endsWith("?done=bidSaved"), browser.path());

            // withdrawn before the deadline: the bid says so, and the lot takes a new bid
            browser.click("#withdraw-bid");
            assertTrue(browser.path().endsWith("?done=bidWithdrawn"), browser.path());
            assertEquals("ditarik", browser.text("#bid-state"));
            assertTrue(browser.all("#bid-form").isEmpty());
            browser.screenshot("bid-withdrawn");
            browser.go("/cooperative/demands/" + demandId);
            assertEquals("Ajukan penawaran", browser.text("#lot-1 .bid-link"));

            // a member corrected
            browser.go("/cooperative/members");
            String editable = browser.all("#members tbody tr").stream()
                    .filter(row -> row.findElements(org.openqa.selenium.By.cssSelector(".tag.expiring")).isEmpty())
                    .findFirst().orElseThrow().getAttribute("id");
            browser.click("#" + editable + " .edit-member");
            browser.type("#member-ownerName", "Pak Slamet Riyadi");
            browser.click("#save-member");
            assertEquals("/cooperative/members?done=saved", browser.path());
            assertTrue(browser.text("#members").contains("Pak Slamet Riyadi"));

            // a catalogue entry added, edited and withdrawn
            browser.go("/cooperative/catalogue/new");
            browser.type("#cap-title", "Kursi rotan sintetis untuk ruang tunggu");
            browser.type("#cap-kbli", "31001");
            browser.type("#cap-monthlyCapacity-quantity", "200");
            browser.type("#cap-monthlyCapacity-unit", "unit");
            browser.type("#cap-unitPriceIdr-min", "450000");
            browser.type("#cap-unitPriceIdr-max", "600000");
            browser.type("#cap-leadTimeDays", "21");
            browser.find("#cap-members input[type=checkbox]").click();
            browser.click("#save-capability");
            assertEquals("/cooperative/catalogue?done=capabilityAdded", browser.path());
            String entry = browser.all("article.capability").stream().filter(a -> a.getText().contains("Kursi rotan sintetis"))
                    .findFirst().orElseThrow().getAttribute("id");
            browser.click("#" + entry + " .edit-capability");
            browser.type("#cap-leadTimeDays", "12");
            browser.click("#save-capability");
            assertEquals("/cooperative/catalogue?done=saved", browser.path());
            assertTrue(browser.text("#" + entry).contains("12 hari"), browser.text("#" + entry));
            browser.click("#" + entry + " .withdraw-capability");
            assertEquals("/cooperative/catalogue?done=capabilityWithdrawn", browser.path());
            assertTrue(browser.all("#" + entry).isEmpty(), "the withdrawn entry is gone");
        }
    }

    /** A demand of PLN with two lots, published, its deadline five days ahead. */
    private static UUID publishedDemand(Api api, String officer, String title) {
        Map<String, Object> lot = Map.of("title", "Lot", "quantity", 1000, "unit", "pcs", "minLocalContentPct", 40,
                "deliveryProvince", "ID-SA", "deliveryDeadline", LocalDate.now().plusDays(60).toString(), "maxUnitPriceIdr", 50_000);
        Map<String, Object> second = new java.util.HashMap<>(lot);
        second.put("title", title + " — lot 2");
        second.put("quantity", 500);
        Map<String, Object> first = new java.util.HashMap<>(lot);
        first.put("title", title + " — lot 1");
        UUID id = UUID.fromString((String) api.post("/api/demands", officer, Map.of("title", title,
                "description", "Serat sabut kelapa, kadar air di bawah 15%", "kbli", "22199",
                "bidDeadline", OffsetDateTime.now().plusDays(5).toString(), "lots", List.of(first, second))).get("id"));
        api.post("/api/demands/" + id + "/publish", officer, null);
        return id;
    }

    private static void check(Browser browser, String journey, int width, String page) {
        if (width <= 360) {
            Number scrolled = (Number) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
            assertTrue(scrolled.intValue() <= width, page + " is " + scrolled + " px wide on a " + width + " px phone");
        }
        PageChecks.check(browser, journey, page);
    }
}
