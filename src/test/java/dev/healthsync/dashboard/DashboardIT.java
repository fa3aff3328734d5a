package dev.healthsync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ServerProcess;
import dev.healthsync.testing.ServerProcess.BootstrapCredentials;
import dev.healthsync.testing.ServerProcess.CliResult;
import dev.healthsync.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real Chromium against the packaged server: the admin's account holds the fixture export
 * (imported through the API) and {@link DashboardFixture}'s push; a second user, made with the CLI, imports the
 * same export through the page's own Import flow. The steps run in order on one browser session; each checks a
 * page against the API, runs axe-core on it and saves a screenshot to target/screenshots.
 */
@ExtendWith(ChromiumRequired.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    private static final String EXPIRED = "Your session has expired, please sign in again";
    private static final String CAROL = "carol@example.test";
    private static final String CAROL_PASSWORD = "carol-imports-1234";
    private static final Pattern KEY = Pattern.compile("hs_[0-9A-Za-z]{43}");

    private Path dataDir;
    private ServerProcess server;
    private DashboardApi api;
    private BootstrapCredentials admin;
    private String base;
    private Browser browser;
    /** The fixture's run, as the workout page test found it. */
    private String workoutId;
    /** Every credential the tests have seen: none may appear in a URL the page requested. */
    private final List<String> secrets = new ArrayList<>();
    /** Every URL any browser of this class requested. */
    private final List<String> requested = new ArrayList<>();
    private final List<String> console = new ArrayList<>();

    @BeforeAll
    void startAServerWithData() {
        dataDir = TestDatabases.tempDataDir();
        server = ServerProcess.start(dataDir, Map.of(), List.of("-Xmx512m"));
        admin = server.awaitBootstrapCredentials(Duration.ofSeconds(60));
        secrets.addAll(List.of(admin.password(), admin.apiKey()));
        base = "http://127.0.0.1:" + server.port();
        api = new DashboardApi(base);
        long adminId = api.get("/api/v1/users/me", admin.apiKey()).path("id").asLong();
        api.importExport(adminId, admin.apiKey(), DashboardApi.fixtureZip());
        JsonNode receipt = api.postJson("/api/apple-health/sync", admin.apiKey(), DashboardFixture.batch());
        assertThat(receipt.path("rejectedCount").asInt()).as(receipt.toString()).isZero();
        browser = new Browser(base, 1280, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            collect(browser);
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void signingInWithEmailAndPasswordOpensTheOverview() {
        browser.load("/signin");
        checkPage("signin");
        // The keyboard's first stop is the skip link; the sign-in form has the focus already.
        assertThat(browser.script("return document.activeElement.name;")).isEqualTo("username");
        browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to content");
        signIn(browser, admin.email(), admin.password());
        browser.awaitReady("/overview");

        String token = browser.sessionToken();
        assertThat(token).isNotBlank();
        secrets.add(token);
        assertThat((String) browser.script("return localStorage.length + ':' + location.href;"))
                .isEqualTo("0:" + base + "/#/overview");
    }

    @Test
    @Order(2)
    void theOverviewShowsTheSummaryOfTheDay() {
        browser.open("/overview?day=" + DashboardFixture.DAY);
        JsonNode day = api.get("/api/v1/summary/daily?date=" + DashboardFixture.DAY, admin.apiKey());

        assertThat(browser.find("#day-metrics").getDomAttribute("data-date")).isEqualTo(DashboardFixture.DAY);
        for (String metric : List.of("steps", "distanceMeters", "activeEnergyKcal", "exerciseMinutes", "standHours",
                "restingHeartRate", "hrvMs")) {
            assertShown(metric, day.path(metric));
        }
        assertShown("sleep", day.path("sleep").path("asleepMinutes"));
        assertThat(metricValue("workouts")).isEqualTo(String.valueOf(day.path("workouts").size()));
        assertThat(metricValue("steps")).isEqualTo("600");
        // The export's ActivitySummary of the day: Apple's rings beside ours.
        assertThat(browser.find("#rings-apple").getText()).contains("Exercise: 41 / 30 min", "Stand: 11 / 12 h");
        assertThat(browser.find("#rings-ours").isDisplayed()).isTrue();
        assertThat(browser.all("#days-table tbody tr")).hasSize(30);
        checkPage("overview");
    }

    @Test
    @Order(3)
    void aTypeChartHasOneBucketPerDayAndExplainsABucket() {
        String type = DashboardFixture.STEPS;
        browser.open("/types");
        assertThat(browser.all("#type-picker option")).hasSize(1 + api.get("/api/v1/types", admin.apiKey()).size());
        new Select(browser.find("#type-picker")).selectByValue(type);
        browser.awaitReady("/types/" + type);
        browser.open("/types/" + type + "?range=week&bucket=day");
        WebElement chart = browser.find("#series-chart");
        browser.waiting().until(ExpectedConditions.attributeToBeNotEmpty(chart, "data-buckets"));
        JsonNode series = api.get("/api/v1/series/" + type + "?from=2024-04-25&to=2024-05-02&bucket=day&agg=sum",
                admin.apiKey());

        assertThat(chart.getDomAttribute("data-buckets")).isEqualTo(String.valueOf(series.path("buckets").size()))
                .isEqualTo("7");
        assertThat(browser.all("#series-chart canvas")).isNotEmpty();

        // What is shown, as CSV: fetched with the header, saved from a Blob URL.
        browser.find("#download-csv").click();
        String csvName = "healthsync-" + type + "-2024-04-25-2024-05-02.csv";
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".view"),
                "Downloaded " + csvName));
        String csv = browser.downloaded(csvName);
        assertThat(csv).startsWith("type,start,end,value,unit");
        assertThat(csv.lines().filter(line -> line.startsWith(type))).hasSize(8);

        browser.find("#bucket-table button[aria-label='Explain " + DashboardFixture.DAY + "']").click();
        List<WebElement> contributions = browser.waiting().until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#contributions li")));
        double sum = contributions.stream().mapToDouble(li -> Double.parseDouble(li.getDomAttribute("data-value")))
                .sum();
        assertThat(sum).isEqualTo(DashboardFixture.WATCH_STEPS);

        // A click on the plot itself explains the bucket under the cursor.
        browser.script("document.getElementById('explain').replaceChildren();");
        new Actions(browser.driver()).moveToElement(browser.find("#series-chart .u-over")).click().perform();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#explain h2")));
        checkPage("types");

        // merge=none: one band per source.
        browser.find("#per-source").click();
        browser.waiting().until(d -> browser.all("#series-chart .u-legend .u-series").size() == 3);
        browser.screenshot("types-per-source");
    }

    @Test
    @Order(4)
    void sleepShowsTheNightAsStages() {
        browser.open("/sleep?view=week&end=2024-05-02");
        JsonNode nights = api.get("/api/v1/sleep?from=2024-04-26&to=2024-05-03", admin.apiKey()).path("nights");

        assertThat(browser.all("#nights > li")).hasSize(nights.size());
        WebElement night = browser.find("#nights li[data-date='2024-05-02']");
        assertThat(night.findElements(By.cssSelector(".stage-deep"))).isNotEmpty();
        assertThat(night.findElements(By.cssSelector(".stage-rem"))).isNotEmpty();
        assertThat(night.findElements(By.cssSelector(".stage-awake"))).isNotEmpty();
        checkPage("sleep");

        browser.expectRender();
        new Select(browser.find("#sleep-view")).selectByValue("month");
        browser.awaitReady("/sleep");
        assertThat(browser.all("#nights > li")).hasSize(
                api.get("/api/v1/sleep?from=2024-04-03&to=2024-05-03", admin.apiKey()).path("nights").size());
    }

    @Test
    @Order(5)
    void aWorkoutShowsItsRouteWithEveryPointOfTheGeoJson() {
        browser.open("/workouts");
        checkPage("workouts");
        browser.expectRender();
        new Select(browser.find("#activity-filter")).selectByValue("HKWorkoutActivityTypeCycling");
        browser.find("#workout-filters button[type='submit']").click();
        browser.awaitReady("/workouts");
        assertThat(browser.all("#workouts-table tbody tr")).hasSize(
                api.get("/api/v1/workouts?activityType=Cycling", admin.apiKey()).path("items").size()).hasSize(1);
        browser.open("/workouts");
        browser.find("#workouts-table a[href^='#/workouts/']").click();
        String href = browser.driver().getCurrentUrl();
        String id = href.substring(href.lastIndexOf('/') + 1);
        workoutId = id;
        browser.awaitReady("/workouts/" + id);
        JsonNode route = api.get("/api/v1/workouts/" + id + "/route", admin.apiKey());
        int points = 0;
        JsonNode coordinates = route.path("geometry").path("coordinates");
        if (route.path("geometry").path("type").asString().equals("LineString")) {
            points = coordinates.size();
        } else {
            for (JsonNode line : coordinates) {
                points += line.size();
            }
        }

        WebElement svg = browser.find("#route-svg");
        assertThat(points).isPositive();
        assertThat(svg.getDomAttribute("data-points")).isEqualTo(String.valueOf(points));
        int drawn = svg.findElements(By.cssSelector("path")).stream()
                .mapToInt(path -> path.getDomAttribute("d").split("[ML]").length - 1).sum();
        assertThat(drawn).isEqualTo(points);
        JsonNode workout = api.get("/api/v1/workouts/" + id, admin.apiKey());
        assertThat(browser.find("#heart-rate-chart").getDomAttribute("data-points"))
                .isEqualTo(String.valueOf(workout.path("heartRate").path("samples").size()));
        assertThat(browser.all("#splits tbody tr")).isNotEmpty();
        browser.find("#download-gpx").click();
        assertThat(browser.downloaded("workout-" + id + ".gpx")).contains("<gpx", "<trkpt");
        checkPage("workout");
    }

    @Test
    @Order(6)
    void rankingThePhoneFirstChangesTheDaysTotal() {
        browser.open("/settings");
        new Select(browser.find("#priority-type")).selectByValue(DashboardFixture.STEPS);
        WebElement total = browser.find("#priority-total");
        browser.waiting().until(ExpectedConditions.attributeToBe(total, "data-value", "600"));
        assertThat(browser.find("#priority-day").getDomProperty("value")).isEqualTo(DashboardFixture.DAY);

        browser.find("#priority-list li[data-source='" + DashboardFixture.PHONE + "'] button[aria-label^='Move']")
                .click();
        assertThat(browser.all("#priority-list li").get(0).getDomAttribute("data-source"))
                .isEqualTo(DashboardFixture.PHONE);
        browser.find("#save-priority").click();
        browser.waiting().until(ExpectedConditions.attributeToBe(total, "data-value", "900"));
        assertThat(total.getText()).contains("600 before", "900 now");

        JsonNode series = api.get("/api/v1/series/" + DashboardFixture.STEPS + "?from=" + DashboardFixture.DAY
                + "&to=2024-05-02", admin.apiKey());
        assertThat(series.path("buckets").get(0).path("value").asDouble()).isEqualTo(DashboardFixture.PHONE_STEPS);
        checkPage("settings");
    }

    @Test
    @Order(7)
    void anApiKeyIsShownOnceAndRevoked() {
        browser.open("/settings");
        browser.find("#key-name").sendKeys("Browser test");
        browser.find("#key-form button[type='submit']").click();
        String key = browser.find("#new-key").getText();
        secrets.add(key);
        assertThat(key).matches(KEY);
        assertThat(api.getResponse("/api/v1/users/me", key).statusCode()).isEqualTo(200);

        JsonNode keys = api.get("/api/v1/api-keys", admin.apiKey());
        long id = -1;
        for (JsonNode k : keys) {
            if (k.path("name").asString().equals("Browser test")) {
                id = k.path("id").asLong();
            }
        }
        WebElement row = browser.find("#keys-table tr[data-key='" + id + "']");
        row.findElement(By.cssSelector("button[aria-label='Revoke Browser test']")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#keys-table tr[data-key='" + id + "'] td[data-state='revoked']")));
        assertThat(api.getResponse("/api/v1/users/me", key).statusCode()).isEqualTo(401);
        browser.screenshot("settings-keys");
    }

    @Test
    @Order(8)
    void signingOutForgetsTheToken() {
        browser.find("#sign-out").click();
        browser.awaitReady("/signin");
        assertThat(browser.sessionToken()).isNull();
        assertThat(browser.driver().findElement(By.id("nav")).isDisplayed()).isFalse();
    }

    @Test
    @Order(9)
    void anInvalidTokenSendsBackToTheSignInWithTheReason() {
        browser.script("sessionStorage.setItem('healthsync.token', 'not-a-valid-token');"
                + "document.getElementById('main').removeAttribute('data-ready'); location.hash = '#/overview';");
        browser.awaitReady("/signin");

        assertThat(browser.find("#signin-status").getText()).isEqualTo(EXPIRED);
        assertThat(browser.sessionToken()).isNull();
        browser.screenshot("signin-expired");
    }

    @Test
    @Order(10)
    void aNewUserIsSentToConnectThenImportsAnExportThroughThePage() {
        CliResult added = ServerProcess.cli(dataDir, Map.of(), CAROL_PASSWORD + "\n", "user", "add", CAROL,
                "--password-stdin");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        secrets.add(CAROL_PASSWORD);

        browser.load("/signin");
        signIn(browser, CAROL, CAROL_PASSWORD);
        browser.awaitReady("/connect");
        secrets.add(browser.sessionToken());

        browser.open("/import");
        browser.driver().findElement(By.id("import-file"))
                .sendKeys(DashboardApi.fixtureZip().toAbsolutePath().toString());
        WebElement job = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#job[data-status='done']")));
        assertThat(job.findElement(By.id("job-records")).getText()).isNotEqualTo("0");
        assertThat(job.findElement(By.cssSelector("[data-counts='Stored'] li[data-kind='workouts']")).getText())
                .isEqualTo("workouts: 2");
        browser.find("#jobs-table tr[data-status='done']");

        String token = api.login(CAROL, CAROL_PASSWORD);
        long carol = api.get("/api/v1/users/me", token).path("id").asLong();
        JsonNode jobs = api.get("/api/v1/users/" + carol + "/import/jobs", token);
        assertThat(jobs.get(0).path("status").asString()).isEqualTo("done");
        assertThat(job.getDomAttribute("data-job")).isEqualTo(jobs.get(0).path("job_id").asString());
        checkPage("import");

        // The same export dropped on the zone: a second job, and everything in it is already stored.
        browser.dropFile("#drop-zone", DashboardApi.fixtureZip(), "application/zip");
        browser.waiting().until(d -> browser.all("#jobs-table tbody tr").size() == 2);
        WebElement again = browser.find("#job[data-status='done']");
        assertThat(again.getDomAttribute("data-job")).isNotEqualTo(jobs.get(0).path("job_id").asString());
        assertThat(again.findElements(By.cssSelector("[data-counts='Stored'] li"))).isEmpty();
    }

    @Test
    @Order(11)
    void connectShowsEachAppWithItsQrCodeAndPutsANewKeyIntoWhatToType() {
        String carolToken = browser.sessionToken();
        api.postJson("/api/apple-health/sync", carolToken, DashboardFixture.batch());
        browser.open("/connect");
        JsonNode connect = api.get("/api/v1/connect", carolToken);

        assertThat(browser.find("#server-url").getText()).isEqualTo(connect.path("serverUrl").asString());
        for (JsonNode app : connect.path("apps")) {
            WebElement card = browser.find("#app-" + app.path("id").asString());
            assertThat(card.findElement(By.cssSelector("[data-field='url']")).getText())
                    .isEqualTo(app.path("url").asString());
            assertThat(card.findElements(By.cssSelector("svg.qr rect"))).hasSizeGreaterThan(20);
        }
        WebElement bridge = browser.find("#app-healthsync-bridge");
        assertThat(bridge.getText()).contains("Bearer <API key>");
        bridge.findElement(By.id("create-key-healthsync-bridge")).click();
        String key = browser.find("#app-healthsync-bridge .secret").getText();
        secrets.add(key);
        assertThat(key).matches(KEY);
        assertThat(bridge.getText()).contains("Bearer " + key).doesNotContain("<API key>");
        assertThat(api.getResponse("/api/v1/users/me", key).statusCode()).isEqualTo(200);

        JsonNode installations = api.get("/api/v1/bridge-installations", carolToken).path("items");
        assertThat(installations).hasSize(1);
        assertThat(browser.all("#bridges-table tbody tr")).hasSize(1);
        assertThat(browser.find("#bridges-table").getText())
                .contains(installations.get(0).path("name").asString(), "iPhone15,2");
        checkPage("connect");
    }

    @Test
    @Order(12)
    void settingsSaveTheTimeZoneAndChangeThePassword() {
        String carolToken = browser.sessionToken();
        browser.open("/settings");
        new Select(browser.find("#time-zone")).selectByValue("Europe/Berlin");
        browser.find("#zone-form button[type='submit']").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".view"),
                "Time zone saved."));
        assertThat(api.get("/api/v1/users/me", carolToken).path("settings").path("timeZone").asString())
                .isEqualTo("Europe/Berlin");

        String newPassword = "carol-new-passphrase-5678";
        secrets.add(newPassword);
        browser.find("#current-password").sendKeys(CAROL_PASSWORD);
        browser.find("#new-password").sendKeys(newPassword);
        browser.find("#password-form button[type='submit']").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".view"),
                "Password changed."));
        assertThat(api.login(CAROL, newPassword)).isNotBlank();

        // A wrong current password is refused, and the page says why.
        browser.find("#current-password").sendKeys("not-the-password");
        browser.find("#new-password").sendKeys("another-passphrase-9012");
        browser.find("#password-form button[type='submit']").click();
        assertThat(browser.find("#password-form + [aria-live] .message.error").getText()).isNotBlank();
    }

    @Test
    @Order(13)
    void atPhoneWidthNothingOverflowsTheScreenInLightOrDarkMode() {
        try (Browser phone = new Browser(base, 390, 844)) {
            phone.load("/signin");
            signIn(phone, admin.email(), admin.password());
            phone.awaitReady("/overview");
            secrets.add(phone.sessionToken());
            phone.open("/overview?day=" + DashboardFixture.DAY);
            assertThat(overflowing(phone)).as("elements wider than the screen").isEmpty();
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("overview-phone");
            // Dark mode follows the system: the same page under prefers-color-scheme: dark keeps its contrast.
            phone.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            phone.open("/overview?day=" + DashboardFixture.DAY);
            assertThat(phone.seriousAccessibilityViolations()).as("axe-core in dark mode").isEmpty();
            phone.screenshot("overview-phone-dark");
            phone.open("/workouts/" + workoutId);
            assertThat(overflowing(phone)).as("elements wider than the screen").isEmpty();
            phone.screenshot("workout-phone");
            collect(phone);
        }
    }

    @Test
    @Order(14)
    void thePageOnlyEverTalkedToItsServerAndNeverPutACredentialInAUrl() {
        collect(browser);
        assertThat(requested).isNotEmpty();
        for (String url : requested) {
            String scheme = url.substring(0, url.indexOf(':'));
            if (!scheme.matches("https?|wss?|blob")) {
                // data: URLs and the browser's own chrome:// pages reach no host.
                continue;
            }
            String target = scheme.equals("blob") ? url.substring("blob:".length()) : url;
            assertThat(Browser.host(target)).as(url).isIn("127.0.0.1", "localhost");
            for (String secret : secrets) {
                assertThat(url).as("a credential in a requested URL").doesNotContain(secret);
            }
        }
        // The server's CSP was never violated.
        assertThat(console).filteredOn(line -> line.contains("Content Security Policy")).isEmpty();
    }

    /** Elements reaching past the right edge of the screen, except inside the tables' own scrolling boxes. */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing(Browser on) {
        return (List<String>) on.script("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                  .filter((e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > width + 0.5)
                  .map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.getAttribute('class') + ' '
                    + Math.round(e.getBoundingClientRect().right) + ' > ' + width);
                """);
    }

    private void collect(Browser from) {
        requested.addAll(from.requestedUrls());
        console.addAll(from.consoleMessages());
    }

    private static void signIn(Browser on, String email, String password) {
        on.find("#signin-form input[name='username']").sendKeys(email);
        on.find("#signin-form input[name='password']").sendKeys(password);
        on.find("#signin-form button[type='submit']").click();
    }

    /** Zero serious or critical axe-core violations, and a screenshot of the page. */
    private void checkPage(String name) {
        browser.screenshot(name);
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on " + name).isEmpty();
    }

    private String metricValue(String metric) {
        return browser.find("[data-metric='" + metric + "'].tile-value").getDomAttribute("data-value");
    }

    private void assertShown(String metric, JsonNode expected) {
        String shown = metricValue(metric);
        if (expected.isNull() || expected.isMissingNode()) {
            assertThat(shown).as(metric).isEmpty();
        } else {
            assertThat(Double.parseDouble(shown)).as(metric).isEqualTo(expected.asDouble());
        }
    }
}
