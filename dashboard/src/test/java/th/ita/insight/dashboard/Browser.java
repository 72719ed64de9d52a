package th.ita.insight.dashboard;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (both installed by .ci/run): pages
 * run their scripts for real, clicks are real clicks, and the browser's console is read so a script
 * error fails the test. Never downloads a browser or a driver.
 */
final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start(Path profile) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            fail("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver fonts-thai-tlwg (see README; .ci/run does it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withLogFile(profile.resolve("chromedriver.log").toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
        return new Browser(driver);
    }

    /** Loads a page and waits until its scripts settled (load event plus pending fetches). */
    WebDriver open(String url) {
        driver.get(url);
        waitFor("document.readyState === 'complete'");
        return driver;
    }

    /** Polls a JS condition for up to 10 s. */
    void waitFor(String condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(js("return !!(" + condition + ");"))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("timed out waiting for " + condition + " on " + driver.getCurrentUrl());
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Console errors and uncaught exceptions since the last call (the log is drained on read). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }


    /** Signs in through the login form, typing as a person would, and waits for the user bar. */
    void logIn(String base, String name, String password) {
        open(base + "/login");
        driver.findElement(org.openqa.selenium.By.id("name")).sendKeys(name);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login")).click();
        waitFor("document.getElementById('user-name')");
    }
}
