package id.rantai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.infra.local.LocalServices;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the browser: a real headless Chromium (Debian's chromium and chromium-driver, which CI installs)
 * opens the home page, logs in and sees their demands; a wrong password shows the problem's message.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserLoginIT implements TestPropertyProvider {

    private static final Path CHROMIUM = Path.of(System.getProperty("rantai.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("rantai.chromedriver", "/usr/bin/chromedriver"));

    @Inject
    EmbeddedServer server;

    private WebDriver browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        LocalServices.shared().micronautProperties().forEach((k, v) -> properties.put(k, String.valueOf(v)));
        properties.put("rantai.jwt.secret", "browser-test-secret-browser-test-secret-browser-0123");
        properties.put("rantai.demo.enabled", "true");
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeAll
    void startChromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + Files.createTempDirectory("rantai-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The home page with no session left over from another test (the token lives in sessionStorage). */
    private void openLoggedOut() {
        browser.get(server.getURL() + "/");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
    }

    @Test
    void aCooperativeLogsInAndSeesTheDemandsAndItsBids() {
        openLoggedOut();
        browser.findElement(By.id("username")).sendKeys("coop.sabut");
        browser.findElement(By.id("password")).sendKeys("rantai-demo");
        browser.findElement(By.cssSelector("#login-form button")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("me-section")));
        assertEquals("coop.sabut", browser.findElement(By.id("me-username")).getText());
        assertEquals("COOPERATIVE", browser.findElement(By.id("me-role")).getText());
        wait.until(d -> !d.findElements(By.cssSelector("#demands tbody tr")).isEmpty());
        assertTrue(browser.findElement(By.id("my-bids")).isDisplayed(), "a cooperative sees its own bids");
        assertFalse(browser.findElement(By.id("login-section")).isDisplayed());
    }

    @Test
    void aWrongPasswordShowsWhyWithoutLoggingIn() {
        openLoggedOut();
        browser.findElement(By.id("username")).sendKeys("officer.pln");
        browser.findElement(By.id("password")).sendKeys("salah");
        browser.findElement(By.cssSelector("#login-form button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertEquals("Invalid username or password", browser.findElement(By.id("login-error")).getText());
        assertFalse(browser.findElement(By.id("me-section")).isDisplayed());
    }
}
