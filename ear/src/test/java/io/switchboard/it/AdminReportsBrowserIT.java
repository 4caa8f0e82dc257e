package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Conversations report page (issue 18, "Charts a supervisor can read at a glance ..., a date range picker, CSV
 * export of every table"): the supervisor opens Reports from the menu, sees the charts and tables, narrows it to a
 * tag, downloads a table as CSV and narrows it by sentiment.
 */
class AdminReportsBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-reports-failure");

    private static AdminBrowser browser;
    private static String tag;
    private static String agentName;

    @BeforeAll
    static void setUp() throws IOException {
        String supervisor = bearer(createApiKey(unique("reports-screen"), "ACCOUNT_MANAGER"));
        String sender = "+387" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Reports screen line"}""".formatted(sender));
        tag = unique("screen-report");
        request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(tag));
        for (int i = 0; i < 2; i++) {
            long conversation = request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                            {"channel": "SMS", "from": "+3876%08d", "to": "%s", "text": "Hello"}""".formatted(
                                    ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999), sender))
                    .json()
                    .getJsonNumber("conversationId")
                    .longValue();
            request("POST", API + "/conversations/" + conversation + "/tags", supervisor, JSON, """
                    {"tag": "%s"}""".formatted(tag));
            request("POST", API + "/conversations/" + conversation + "/messages", supervisor, JSON, """
                    {"text": "Hello, how can we help?"}""");
        }
        // An agent with a few seconds Busy, Offline again, for the Agents table and its chart.
        agentName = unique("Screen utilization");
        long agent = request("POST", API + "/agents", supervisor, JSON, """
                        {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "a long enough password",
                         "queueIds": []}""".formatted(agentName, unique("screen-util")))
                .json()
                .getJsonNumber("id")
                .longValue();
        AgentStatusesInTests.setStatus(supervisor, agent, "BUSY");
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            AgentStatusesInTests.setStatus(supervisor, agent, "OFFLINE");
        }
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @BrowserTest
    void theSupervisorSeesTheChartsFiltersByTagAndDownloadsATable() throws Exception {
        browser.driver.get(TestServer.APP + "/admin/");
        browser.visible(By.id("signed-in-user"));
        browser.driver.findElement(By.linkText("Reports")).click();
        browser.visible(By.id("report:volume"));
        browser.visible(By.cssSelector("#report\\:volume canvas"));
        browser.visible(By.cssSelector("#report\\:histogram canvas"));
        assertThat(browser.text(By.id("report:queues"))).contains("First response median");
        assertThat(Long.parseLong(browser.text(By.id("report:total-conversations"))))
                .isGreaterThanOrEqualTo(2);

        // Agent utilization: time per status group and occupancy per agent, under a chart of hours per group.
        browser.visible(By.cssSelector("#report\\:agent-time-chart canvas"));
        String agents = browser.text(By.id("report:agents"));
        assertThat(agents).contains("Available", "Busy", "Away", "Unavailable", "Signed in", "Occupancy");
        assertThat(agents).contains(agentName);
        assertThat(agents).doesNotContain("UNAVAILABLE");

        browser.choose("filter:tag", tag);
        browser.driver.findElement(By.id("filter:show")).click();
        browser.settle();
        browser.wait.until(ExpectedConditions.textToBe(By.id("report:total-conversations"), "2"));
        assertThat(browser.text(By.id("report:tags"))).contains(tag);
        assertThat(browser.text(By.id("report:total-out"))).isEqualTo("2");
        saveScreenshot("reports");

        Path downloads = Files.createTempDirectory("report-downloads");
        ((HasCdp) browser.driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.driver.findElement(By.id("report:csv-tags")).click();
        browser.wait.withTimeout(Duration.ofSeconds(20)).until(d -> csvIn(downloads) != null);
        String csv = Files.readString(csvIn(downloads));
        assertThat(csv).startsWith("tag_id,tag,conversations").contains("," + tag + ",2,2,");

        // Sentiment analysis is off here: the tag's conversations have no label, so a label leaves none of them.
        browser.choose("filter:sentiment", "Negative");
        browser.driver.findElement(By.id("filter:show")).click();
        browser.settle();
        browser.wait.until(ExpectedConditions.textToBe(By.id("report:total-conversations"), "0"));
        assertThat(browser.text(By.id("report:total-out"))).isEqualTo("0");
        browser.choose("filter:sentiment", "Any sentiment");
        browser.driver.findElement(By.id("filter:show")).click();
        browser.settle();
        browser.wait.until(ExpectedConditions.textToBe(By.id("report:total-conversations"), "2"));
    }

    private static Path csvIn(Path directory) {
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The screenshot the README shows: docs/<name>.png from this run (and target/screenshots as usual). */
    private static void saveScreenshot(String name) throws IOException {
        browser.screenshot(name);
        Path docs = Path.of("..", "docs");
        if (Files.isDirectory(docs)) {
            Files.copy(
                    Path.of("target", "screenshots", name + ".png"),
                    docs.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
