package id.rantai.web.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.web.support.Api;
import id.rantai.web.support.Browser;
import id.rantai.web.support.PageChecks;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor without an account searches the catalogue from the home page: a query with a typo and a province filter
 * finds the coconut-fibre cooperatives of North Sulawesi, facet counts stand beside the filter, suggestions come while
 * typing, and the results page on; then the open demands and the public pages behind the results.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSearchIT implements id.rantai.web.support.WebTestApplication {

    private static final String JOURNEY = "visitor";

    @Inject
    EmbeddedServer server;

    @Test
    void aVisitorFindsSuppliersWithATypoAndAFilterAndPagesOn() {
        new Api(server.getURL().toString()).awaitDemoCatalogueIndexed();
        try (Browser browser = Browser.open(server.getURL().toString(), JOURNEY, 1280)) {
            browser.go("/");
            check(browser, "home");
            browser.find("#q").sendKeys("sab");
            browser.waitUntil(d -> !browser.all("#suggestions option").isEmpty(), Duration.ofSeconds(20));
            assertTrue(browser.all("#suggestions option").stream().anyMatch(o -> o.getAttribute("value").toLowerCase().contains("sabut")),
                    "suggestions while typing");

            browser.type("#q", "sabut klapa");
            browser.find("details.filters summary").click();
            new Select(browser.find("#province")).selectByValue("ID-SA");
            browser.click("#search-form button[type=submit]");
            List<WebElement> hits = browser.all("ol.results li.hit");
            assertFalse(hits.isEmpty(), "the typo still finds coconut fibre");
            assertTrue(hits.stream().allMatch(h -> h.getText().contains("Sulawesi Utara")), "only North Sulawesi");
            assertTrue(hits.get(0).getText().toLowerCase().contains("sabut kelapa"), hits.get(0).getText());
            String provinceOption = browser.find("#province option[value='ID-SA']").getText();
            assertTrue(provinceOption.matches("Sulawesi Utara \\(\\d+\\)"), "a facet count beside the filter: " + provinceOption);
            check(browser, "results");

            // the cooperative behind a result, its public profile
            browser.click("ol.results li.hit h3 a");
            assertTrue(browser.path().startsWith("/cooperatives/"));
            assertTrue(browser.all("#delivery-record").size() == 1, "the profile shows the delivery record");
            check(browser, "cooperative");

            // all entries, paged
            browser.go("/?what=capabilities");
            String firstOnPageOne = browser.text("ol.results li.hit h3");
            assertEquals(10, browser.all("ol.results li.hit").size());
            browser.click(".pager a[rel=next]");
            assertTrue(browser.text(".pager").contains("2"), browser.text(".pager"));
            assertNotEquals(firstOnPageOne, browser.text("ol.results li.hit h3"));
            assertEquals("11", browser.find("ol.results").getAttribute("start"));

            // open demands and one of them, without who bid or how many
            browser.go("/?what=demands");
            assertFalse(browser.all("ol.results li.hit").isEmpty());
            check(browser, "open-demands");
            browser.click("ol.results li.hit h3 a");
            assertTrue(browser.path().startsWith("/demands/"));
            String page = browser.driver().getPageSource();
            assertFalse(page.contains("penawaran (") || page.matches("(?s).*\\d+ penawaran.*"), "no bid count on a public demand");
            check(browser, "demand");
        }
    }

    @Test
    void aPhoneShowsTheSearchWithoutSidewaysScrolling() {
        try (Browser phone = Browser.open(server.getURL().toString(), JOURNEY + "-phone", 360)) {
            phone.go("/?what=demands");
            Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth");
            assertTrue(width.intValue() <= 360, "page is " + width + " px wide on a 360 px phone");
            phone.screenshot("open-demands-360");
        }
    }

    private static void check(Browser browser, String page) {
        PageChecks.check(browser, JOURNEY, page);
    }
}
