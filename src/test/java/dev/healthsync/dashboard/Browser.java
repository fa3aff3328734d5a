package dev.healthsync.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Chromium on a fresh profile, pointed at one server. Records every URL the page requested (Chrome's
 * performance log) and every console message, so a test can check where the page went and that the CSP held;
 * runs axe-core from its WebJar; saves full-page screenshots under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    /**
     * Selenium warns at every start that it has no DevTools bindings for this Chromium; the tests use none (only
     * the raw executeCdpCommand). Held here because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger CDP_VERSION_WARNINGS = quiet(
            "org.openqa.selenium.devtools.CdpVersionFinder");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final List<String> requested = new ArrayList<>();
    private final List<String> console = new ArrayList<>();

    Browser(String base, int width, int height) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("healthsync-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumRequired.CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        // Downloads (CSV, GPX) land in the profile, where a test can read them.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads().toString(),
                "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL", LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumRequired.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    Path downloads() {
        return profile.resolve("downloads");
    }

    /** Waits until the browser has saved a download of this name, and returns its content. */
    String downloaded(String name) {
        Path file = downloads().resolve(name);
        waiting().until(d -> Files.isRegularFile(file) && !Files.exists(downloads().resolve(name + ".crdownload")));
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a file on an element as a user's drag and drop does (a DataTransfer holding it). */
    void dropFile(String css, Path file, String type) {
        try {
            script("""
                    const bytes = Uint8Array.from(atob(arguments[1]), (c) => c.charCodeAt(0));
                    const transfer = new DataTransfer();
                    transfer.items.add(new File([bytes], arguments[2], { type: arguments[3] }));
                    const zone = document.querySelector(arguments[0]);
                    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true,
                      cancelable: true }));
                    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
                    """, css, Base64.getEncoder().encodeToString(Files.readAllBytes(file)), file.getFileName().toString(),
                    type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Loads the dashboard afresh at a route, e.g. "/signin". */
    void load(String route) {
        driver.get(base + "/#" + route);
        awaitReady(route);
    }

    /**
     * Goes to a route in the running page and waits until it has rendered: the readiness mark is removed first,
     * so a wait can never be satisfied by the page before.
     */
    void open(String route) {
        // Setting the hash it already has fires no hashchange: then the test asks for the render itself.
        script("document.getElementById('main').removeAttribute('data-ready');"
                + "if (location.hash === arguments[0]) { dispatchEvent(new HashChangeEvent('hashchange')); }"
                + "else { location.hash = arguments[0]; }", "#" + route);
        awaitReady(route);
    }

    /** Clears the readiness mark before an action that renders the page anew (a filter, a picker). */
    void expectRender() {
        script("document.getElementById('main').removeAttribute('data-ready');");
    }

    /** Waits until the page of this route (its path, without the query) has read everything it shows. */
    void awaitReady(String route) {
        String path = route.split("\\?")[0];
        waiting().until(ExpectedConditions.attributeToBe(By.id("main"), "data-ready", path));
    }

    WebElement find(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    String sessionToken() {
        return (String) script("return sessionStorage.getItem('healthsync.token');");
    }

    void setSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** axe-core's serious and critical violations on the page as it is, one line each (rule, help, nodes). */
    List<String> seriousAccessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
            script(axeSource());
        }
        String result = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((r) => done(JSON.stringify(r.violations)))
                  .catch((e) => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e),
                    nodes: [] }])));
                """);
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(result)) {
            String impact = violation.path("impact").asString();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> nodes = new ArrayList<>();
                violation.path("nodes").forEach(node -> nodes.add(node.path("target").toString()));
                serious.add(violation.path("id").asString() + " (" + impact + "): " + violation.path("help").asString()
                        + " at " + nodes);
            }
        }
        return serious;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException(AXE + " is not on the test classpath (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page (not only the window) as target/screenshots/NAME.png. */
    Path screenshot(String name) {
        // The window's width: a capture beyond the viewport has no scrollbar, so the page is laid out that wide.
        double width = ((Number) script("return window.innerWidth;")).doubleValue();
        double height = Math.min(((Number) script("return document.documentElement.scrollHeight;")).doubleValue(),
                4000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Every URL the page has requested so far (documents, scripts, fetches, images). */
    List<String> requestedUrls() {
        drainLogs();
        return List.copyOf(requested);
    }

    /** Every console message so far (CSP violations are reported there). */
    List<String> consoleMessages() {
        drainLogs();
        return List.copyOf(console);
    }

    private void drainLogs() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString().equals("Network.requestWillBeSent")) {
                requested.add(message.path("params").path("request").path("url").asString());
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
        }
    }

    static String host(String url) {
        return URI.create(url).getHost();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            dev.healthsync.testing.ServerProcess.deleteRecursively(profile);
        }
    }
}
