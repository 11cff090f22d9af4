package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless browser (Debian's chromium and chromium-driver, driven with Selenium; nothing is
 * downloaded): one server over the {@link WebFixture} database and one browser session for the class. Each test loads
 * pages, clicks through them and checks what is shown; screenshots go to {@code target/screenshots/}.
 *
 * <p>Skipped, with a message, when chromium is not installed, unless the environment says {@code CI=true}: then a
 * missing browser fails the tests ({@code .ci/run} installs it).
 */
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension LAPTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);

    @TempDir
    static Path dir;

    private static Javalin server;
    private static ChromeDriver browser;
    private static String scriptArticle;

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (.ci/run installs chromium and "
                    + "chromium-driver)");
        }
        assumeTrue(installed, "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is not installed "
                + "(apt-get install -y chromium chromium-driver; under CI=true they must run)");
        Path db = dir.resolve("dashboard.duckdb");
        scriptArticle = WebFixture.build(db);
        server = ServeCommand.start(db, "127.0.0.1", 0, Optional.empty(),
                new WebUpload(new LazyCoder(TestPipeline::coder), WebUpload.DEFAULT_MAX_BYTES));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")),
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @AfterEach
    void laptopWidth() {
        if (browser != null) {
            browser.manage().window().setSize(LAPTOP);
        }
    }

    private static void open(String page) {
        browser.get("http://127.0.0.1:" + server.port() + "/" + page);
    }

    private static WebElement await(String css) {
        return await(css, Duration.ofSeconds(20));
    }

    private static WebElement await(String css, Duration timeout) {
        return new WebDriverWait(browser, timeout).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The whole page (not only the window), through the DevTools protocol's captureBeyondViewport. */
    private static void screenshot(String name) {
        long width = (Long) js("return Math.max(document.documentElement.scrollWidth, window.innerWidth)");
        long height = (Long) js("return Math.min(document.documentElement.scrollHeight, 4000)");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void noErrorShown() {
        assertThat(texts(".notice.error")).as("error notices on " + browser.getCurrentUrl()).isEmpty();
    }

    @Test
    void fromTheOverviewToADyadToATurningPointToTheArticle() {
        open("");
        await("#dyads a[data-dyad='USA-CHN'] svg.spark");
        assertThat(await("[data-count='articles'] .n").getText()).isEqualTo("9");
        assertThat(await("[data-count='events'] .n").getText()).isEqualTo("13");
        assertThat(await("[data-count='quotes'] .n").getText()).isEqualTo("4");
        assertThat(texts("#dyads a .name")).startsWith("USA → CHN", "CHN → USA", "USA → RUS");
        assertThat(texts("#dyads a .n")).startsWith("8", "4", "1");
        await("#latest .event-list li");
        assertThat(texts("#latest .event-list .event-code")).startsWith("040", "150", "112");
        noErrorShown();
        screenshot("overview");

        browser.findElement(By.cssSelector("#dyads a[data-dyad='USA-CHN']")).click();
        await("#chart svg g.turn");
        assertThat(browser.getCurrentUrl()).contains("dyad.html?a=USA&b=CHN&by=week");
        assertThat(browser.findElement(By.id("dyad-title")).getText()).isEqualTo("USA → CHN");
        assertThat(browser.findElement(By.id("dyad-summary")).getText())
                .isEqualTo("8 events by week, 2024-03-04 – 2024-04-22; 1 turning point.");
        assertThat(browser.findElements(By.cssSelector("#chart rect.bar"))).hasSize(8);
        assertThat(browser.findElements(By.cssSelector("#chart rect.bar.q1"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#chart rect.bar.q3"))).hasSize(4);
        WebElement turn = browser.findElement(By.cssSelector("#chart g.turn.deterioration"));
        assertThat(turn.getAttribute("data-turn")).isEqualTo("2024-04-01");

        browser.findElement(By.cssSelector("#chart rect.band[data-period='2024-03-11']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("detail-title"),
                "Events 2024-03-11 – 2024-03-17"));
        await("#detail table.events tbody tr");
        assertThat(texts("#detail table.events .event-code")).containsExactly("040");

        browser.findElement(By.cssSelector("#chart g.turn rect")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("detail-title"), "Turning point 2024-04-01: deterioration"));
        await("#detail table.events tbody tr a.evidence-link");
        assertThat(texts("#detail table.events .event-code")).isNotEmpty().allMatch("112"::equals);
        assertThat(texts("#detail .empty")).containsExactly("No issues recorded for these events.");
        noErrorShown();
        screenshot("dyad");

        WebElement evidence = browser.findElement(By.cssSelector("#detail table.events a.evidence-link"));
        assertThat(evidence.getText()).isEqualTo("accused");
        assertThat(evidence.getAttribute("href")).contains("article.html?id=").contains("&event=");
        evidence.click();
        WebElement trigger = await("#article-text mark.trigger[data-code='112']");
        assertThat(browser.findElement(By.id("article-title")).getText()).matches("Week [4-7]");
        assertThat(trigger.getText()).startsWith("accused");
        assertThat(trigger.findElement(By.cssSelector(".lbl")).getText()).isEqualTo("112");
        assertThat(browser.findElement(By.cssSelector("#article-text mark.trigger[data-code='150']")).getText())
                .startsWith("sailed");
        assertThat(texts(".events-list .event-code")).containsExactlyInAnyOrder("112", "150");
        new Actions(browser).moveToElement(trigger).perform();
        assertThat(await(".tip.on").getText()).contains("CAMEO 112 name 112", "USAGOV → CHNGOV · asserted");
        noErrorShown();
        screenshot("article");
    }

    @Test
    void scriptTagsInArticleTextAreShownAsTextAndNeverRun() {
        open("article.html?id=" + scriptArticle);
        WebElement actor = await("#article-text mark.actor");
        assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo(WebFixture.SCRIPT_TITLE);
        assertThat(browser.findElements(By.cssSelector("#article-title b"))).isEmpty();
        assertThat(browser.findElement(By.id("article-text")).getText()).contains("<script>alert('x')</script>");
        assertThat(js("return document.querySelectorAll('#article script, #article b').length")).isEqualTo(0L);
        try {
            browser.switchTo().alert();
            fail("the article's script ran: an alert is open");
        } catch (NoAlertPresentException expected) {
            // the script tag was shown as text
        }
        assertThat(actor.getAttribute("data-code")).isEqualTo("USAGOV");
        assertThat(actor.getText()).startsWith("Blinken");
        new Actions(browser).moveToElement(actor).perform();
        assertThat(await(".tip.on").getText()).contains("Actor USAGOV", "leaders table");
        assertThat(browser.findElement(By.cssSelector("#article-text mark.trigger")).getText()).startsWith("met");
        screenshot("article-script");
    }

    @Test
    void searchFindsEventsAndQuotes() {
        open("search.html");
        await("#events-results table.events");
        WebElement text = browser.findElement(By.cssSelector("#events-form input[name='text']"));
        text.sendKeys("accused");
        browser.findElement(By.cssSelector("#events-form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("events-range"),
                "events 1–4"));
        assertThat(texts("#events-results .event-code")).containsExactly("112", "112", "112", "112");
        assertThat(texts("#events-results td.nowrap:first-child"))
                .containsExactly("2024-04-22", "2024-04-15", "2024-04-08", "2024-04-01");
        screenshot("search-events");

        browser.findElement(By.cssSelector(".tabs button[data-tab='quotes']")).click();
        browser.findElement(By.cssSelector("#quotes-form input[name='speaker']")).sendKeys("Sullivan");
        browser.findElement(By.cssSelector("#quotes-form button[type='submit']")).click();
        await("#quotes-results .quote-results li");
        assertThat(texts("#quotes-results .quote-text")).hasSize(4).allMatch("“We talked,”"::equals);
        noErrorShown();
        screenshot("search-quotes");
    }

    @Test
    void uploadCodesPastedTextWithoutStoringIt() {
        open("upload.html");
        await("#upload-example").click();
        browser.findElement(By.id("upload-submit")).click();
        WebElement meeting = await("#article-text mark.trigger[data-code~='040']", Duration.ofSeconds(180));
        assertThat(meeting.getText()).startsWith("met");
        assertThat(texts("#article-text mark.actor")).anyMatch(t -> t.contains("Antony Blinken"));
        assertThat(browser.findElements(By.cssSelector("#article-text mark.actor[data-code='USAGOV']"))).isNotEmpty();
        assertThat(texts("#article-text mark.quote")).anyMatch(t -> t.startsWith("We have no illusions"));
        assertThat(browser.findElement(By.id("upload-status")).getText()).contains("Nothing was stored.");
        noErrorShown();
        screenshot("upload");
    }

    @Test
    void aServerWithATokenAsksForItOnceAndThenShowsTheData() throws IOException {
        Path tokenFile = Files.writeString(dir.resolve("token"), "browser-token-0123456789\n");
        Javalin guarded = ServeCommand.start(dir.resolve("dashboard.duckdb"), "127.0.0.1", 0, Optional.of(tokenFile),
                new WebUpload(new FakeCoder(), 1024));
        try {
            browser.get("http://127.0.0.1:" + guarded.port() + "/");
            WebElement input = await("#token-form input[type='password']");
            assertThat(browser.findElements(By.id("token-form"))).hasSize(1);
            input.sendKeys("browser-token-0123456789");
            browser.findElement(By.cssSelector("#token-form button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(
                    By.cssSelector("[data-count='articles'] .n"), "9"));
            await("#dyads a[data-dyad='USA-CHN']");
            assertThat(browser.findElements(By.id("token-form"))).isEmpty();
            noErrorShown();
        } finally {
            guarded.stop();
        }
    }

    @Test
    void everyPageFitsAPhoneWidthWithoutScrollingSideways() {
        browser.manage().window().setSize(PHONE);
        String[][] pages = {
            {"", "#dyads a svg.spark", "phone-overview"},
            {"dyad.html?a=USA&b=CHN&by=week&both_directions=true", "#detail table.events", "phone-dyad"},
            {"article.html?id=" + scriptArticle, "#article-text mark.actor", "phone-article"},
            {"search.html", "#events-results table.events", "phone-search"},
            {"upload.html", "#upload-text", "phone-upload"},
        };
        for (String[] page : pages) {
            open(page[0]);
            await(page[1]);
            long viewport = (Long) js("return document.documentElement.clientWidth");
            long content = (Long) js("return document.documentElement.scrollWidth");
            assertThat(viewport).as("viewport of " + page[2]).isBetween(300L, 400L);
            assertThat(content).as("page width of " + page[2] + " at " + viewport + " px").isLessThanOrEqualTo(viewport);
            noErrorShown();
            screenshot(page[2]);
        }
    }
}
