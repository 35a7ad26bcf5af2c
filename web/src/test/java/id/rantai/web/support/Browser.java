package id.rantai.web.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's browser for the tests: Debian's Chromium (never a downloaded one) driven through chromedriver, with the
 * habits of a careful tester: a screenshot of every page kept under {@code web/target/screenshots/<journey>/}, the
 * page's weight on first load measured (cache off), and axe-core run on it.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("rantai.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("rantai.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path shots;
    private int shotNo;

    private Browser(ChromeDriver driver, String baseUrl, Path shots) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.shots = shots;
    }

    /** A fresh browser (no cookies) with a window {@code width} px wide, for the journey named {@code journey}. */
    public static Browser open(String baseUrl, String journey, int width) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        try {
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--lang=id-ID", "--user-data-dir=" + Files.createTempDirectory("rantai-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, 900));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Path shots = SCREENSHOTS.resolve(journey);
            Files.createDirectories(shots);
            return new Browser(driver, baseUrl, shots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value the way a picker would (date and datetime-local inputs take keyboard input by locale). */
    public void set(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    /**
     * Clicks something that loads a page: a link or a form's button. With htmx boosting, the page may be swapped in
     * without a navigation, so this waits until the old page's content is gone and the new one is complete.
     */
    public void click(String css) {
        WebElement target = find(css);
        ((JavascriptExecutor) driver).executeScript("document.querySelector('main').setAttribute('data-stale', '1')");
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const m = document.querySelector('main'); return document.readyState === 'complete' && !!m && !m.hasAttribute('data-stale')"
                        + " && !document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping');"));
    }

    public <T> T waitUntil(Function<WebDriver, T> condition, Duration atMost) {
        return new WebDriverWait(driver, atMost).until(condition);
    }

    public void logIn(String username, String password) {
        go("/login");
        type("#username", username);
        type("#password", password);
        click("#login-form button[type=submit]");
    }

    /**
     * Keeps a screenshot of the whole page as {@code NN-name.png}: captured through the DevTools protocol beyond the
     * viewport (no window resize, which made a busy renderer miss chromedriver's 10 s answer in CI).
     */
    public void screenshot(String name) {
        Object data = patiently(() -> {
            Number height = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width.intValue(),
                    "height", Math.min(6000, Math.max(900, height.intValue())), "scale", 1);
            return driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        });
        try {
            Files.write(shots.resolve(String.format("%02d-%s.png", ++shotNo, name)), Base64.getDecoder().decode((String) data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a browser step once more when the renderer did not answer chromedriver in time (a loaded CI machine), so a
     * slow machine is not taken for a broken page; any other failure, or a second time-out, still fails the test.
     */
    private static <T> T patiently(Supplier<T> step) {
        try {
            return step.get();
        } catch (TimeoutException e) {
            return step.get();
        }
    }

    /**
     * What the page at {@code path} transfers on a first visit (HTML, CSS, JS and the rest, compressed as sent), in bytes:
     * the browser cache is switched off and the page loaded anew.
     */
    public long firstLoadBytes(String path) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            patiently(() -> {
                go(path);
                return path;
            });
            Number bytes = (Number) ((JavascriptExecutor) driver).executeScript("""
                    const nav = performance.getEntriesByType('navigation')[0];
                    return (nav ? nav.transferSize : 0)
                      + performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, 0);""");
            return bytes.longValue();
        } finally {
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }

    /** The serious and critical accessibility violations axe-core finds on the page now, described for a failure message. */
    public List<String> seriousAccessibilityProblems() {
        Results results = patiently(() -> new AxeBuilder().analyze(driver));
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Browser::describe)
                .collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", "));
    }

    private void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
