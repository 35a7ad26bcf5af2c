package id.rantai.web.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What every page of a journey must pass: kept as a screenshot, within its weight budget on first load, no serious accessibility problem. */
public final class PageChecks {

    private PageChecks() {
    }

    public static void check(Browser browser, String journey, String page) {
        check(browser, journey, page, PageWeights.PAGE_BUDGET_BYTES);
    }

    public static void check(Browser browser, String journey, String page, long budgetBytes) {
        browser.screenshot(page);
        String path = browser.path();
        long bytes = browser.firstLoadBytes(path);
        PageWeights.record(journey, page, path, bytes);
        assertTrue(bytes <= budgetBytes, page + " weighs " + bytes + " bytes on first load, over the budget of " + budgetBytes);
        List<String> problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), page + ": " + problems);
        assertTrue(!browser.all("main h1").isEmpty(), page + " has a heading");
    }
}
