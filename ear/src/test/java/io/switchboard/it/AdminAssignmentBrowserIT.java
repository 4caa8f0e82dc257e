package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The assignment screens in the browser: custom agent statuses, default capacity and the statuses counted in it,
 * and the live view of a queue's agents. Settings changed here are put back, since the tests share one server.
 */
class AdminAssignmentBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-assignment-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void startBrowser() {
        supervisor = bearer(createApiKey(unique("assignment-browser-admin"), "ACCOUNT_MANAGER", "AGENT"));
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @BrowserTest
    void supervisorCreatesACustomStatusAndIsRefusedBadOnes() throws IOException {
        String name = unique("Training");
        browser.driver.findElement(By.linkText("Agent statuses")).click();
        assertThat(cells(statusRow("Available"))).containsExactly("Available", "Available", "Default", "", "");

        browser.visible(By.id("create:name")).sendKeys(name);
        browser.choose("create:group", "Away");
        browser.driver.findElement(By.id("create:submit")).click();
        info("Status '" + name + "' created");
        assertThat(cells(statusRow(name))).containsExactly(name, "Away", "", "Edit", "Delete");
        assertThat(browser.driver.findElement(By.id("create:name")).getAttribute("value"))
                .isEmpty();
        browser.screenshot("admin-agent-statuses");
        JsonObject stored = statuses().stream()
                .filter(s -> s.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(stored.getString("group")).isEqualTo("AWAY");
        assertThat(stored.getBoolean("defaultStatus")).isFalse();
        int count = statuses().size();

        // A taken name and a blank one are refused and nothing is stored.
        WebElement input = browser.visible(By.id("create:name"));
        input.sendKeys("Available");
        browser.driver.findElement(By.id("create:submit")).click();
        error("A status named 'Available' exists");
        input = browser.visible(By.id("create:name"));
        input.clear();
        input.sendKeys("   ");
        browser.driver.findElement(By.id("create:submit")).click();
        error("Name: must not be blank");
        assertThat(statuses()).hasSize(count);

        statusRow(name)
                .findElement(By.xpath(".//button[.//span[text()='Delete']]"))
                .click();
        browser.visible(By.id("confirm:yes")).click();
        info("Status '" + name + "' deleted");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(statusRowLocator(name)));
        assertThat(statuses()).noneMatch(s -> s.getString("name").equals(name));
    }

    @BrowserTest
    void supervisorChangesADefaultCapacityAndResetsTheOccupyingStatuses() throws IOException {
        JsonObject before = get(API + "/capacity", supervisor).json();
        int changed = before.getInt("LIVE_CHAT") == 7 ? 8 : 7;
        try {
            browser.driver.findElement(By.linkText("Capacity")).click();
            assertThat(browser.visible(By.id("defaults:liveChat")).getAttribute("value"))
                    .isEqualTo(String.valueOf(before.getInt("LIVE_CHAT")));
            type("defaults:liveChat", String.valueOf(changed));
            browser.driver.findElement(By.id("defaults:save")).click();
            info("Default capacity saved");
            JsonObject after = get(API + "/capacity", supervisor).json();
            assertThat(after.getInt("LIVE_CHAT")).isEqualTo(changed);
            assertThat(after.getInt("LIVE_MESSAGING")).isEqualTo(before.getInt("LIVE_MESSAGING"));
            assertThat(after.getInt("EMAIL")).isEqualTo(before.getInt("EMAIL"));

            // A capacity out of range is refused and the stored one stays.
            type("defaults:liveChat", "");
            browser.driver.findElement(By.id("defaults:save")).click();
            error("Capacity for Live Chat: enter a whole number from 0 to 1000");
            assertThat(get(API + "/capacity", supervisor).json().getInt("LIVE_CHAT"))
                    .isEqualTo(changed);

            // Waiting and Solved count by default: exclude Solved here, then reset.
            browser.driver.navigate().refresh();
            assertThat(checked("occupying:waiting")).isTrue();
            assertThat(checked("occupying:solved")).isTrue();
            browser.driver
                    .findElement(By.cssSelector("[id='occupying:solved'] .ui-chkbox-box"))
                    .click();
            browser.driver.findElement(By.id("occupying:save")).click();
            info("Statuses counted in capacity saved");
            JsonObject occupying =
                    get(API + "/capacity/occupying-statuses", supervisor).json();
            assertThat(occupying.getBoolean("waiting")).isTrue();
            assertThat(occupying.getBoolean("solved")).isFalse();
            browser.driver.navigate().refresh();
            assertThat(checked("occupying:solved")).isFalse();
            browser.screenshot("admin-capacity");

            browser.driver.findElement(By.id("occupying:reset")).click();
            browser.visible(By.id("confirm:yes")).click();
            info("Statuses counted in capacity reset to default");
            browser.wait.until(d -> checked("occupying:solved"));
            occupying = get(API + "/capacity/occupying-statuses", supervisor).json();
            assertThat(occupying.getBoolean("waiting")).isTrue();
            assertThat(occupying.getBoolean("solved")).isTrue();
        } finally {
            request("PUT", API + "/capacity", supervisor, JSON, """
                    {"capacities": {"LIVE_CHAT": %s}}""".formatted(before.getInt("LIVE_CHAT")));
            request("DELETE", API + "/capacity/occupying-statuses", supervisor, JSON, null);
        }
    }

    @BrowserTest
    void supervisorSeesAnAgentsStatusAndOccupancyLive() throws IOException {
        String queue = unique("Live queue");
        long queueId = ok(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(queue)), 201)
                .getJsonNumber("id")
                .longValue();
        String name = unique("Live agent");
        long agent = ok(
                        request("POST", API + "/agents", supervisor, JSON, """
                {
                    "kind": "HUMAN",
                    "name": "%s",
                    "username": "%s",
                    "password": "a long enough password",
                    "queueIds": [%s]
                }""".formatted(
                                        name, unique("live"), queueId)),
                        201)
                .getJsonNumber("id")
                .longValue();
        try {
            ok(request("PUT", API + "/agents/" + agent + "/capacity", supervisor, JSON, """
                    {"capacities": {"LIVE_MESSAGING": 4, "LIVE_CHAT": 2, "EMAIL": 2}}"""), 200);
            ok(
                    request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, """
                    {"statusId": %s}""".formatted(
                                    statusId("AVAILABLE"))),
                    200);
            long conversation = conversationIn(queueId);
            ok(
                    request(
                            "PUT",
                            API + "/conversations/" + conversation + "/assignee",
                            supervisor,
                            JSON,
                            """
                    {"agentId": %s}""".formatted(agent)),
                    200);

            browser.driver.findElement(By.linkText("Agents live")).click();
            browser.choose("live:queue", queue);
            // One Live Messaging conversation of 4: workload is the mean of Live Chat and Live Messaging (0 and 25 %),
            // the combined workload their sum with Email.
            // The table is drawn again once the queue is chosen (and on every poll): read it when it settles.
            List<String> expected = List.of(name, "Available", "1/4", "0/2", "0/2", "0/1", "12.5", "25.0");
            browser.wait.until(d -> cells(liveRow(name)).equals(expected));
            browser.screenshot("admin-agents-live");

            // The page polls: the agent going Busy shows without a reload.
            ok(
                    request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, """
                    {"statusId": %s}""".formatted(
                                    statusId("BUSY"))),
                    200);
            browser.wait.until(d -> cells(liveRow(name)).get(1).equals("Busy"));
        } finally {
            request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, """
                    {"statusId": %s}""".formatted(statusId("OFFLINE")));
        }
    }

    // A customer's message opens a conversation, which is then moved to the queue.
    private static long conversationIn(long queueId) {
        String sender = phone();
        ok(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(sender)), 201);
        long conversation = ok(
                        request("POST", API + "/messages", supervisor, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Where is my parcel?"}""".formatted(phone(), sender)), 201)
                .getJsonNumber("conversationId")
                .longValue();
        ok(
                request("PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                {"queueId": %s}""".formatted(
                                queueId)),
                200);
        return conversation;
    }

    private static JsonObject ok(TestServer.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    private static List<JsonObject> statuses() {
        return get(API + "/agent-statuses", supervisor).jsonArray().getValuesAs(JsonObject.class);
    }

    private static long statusId(String code) {
        return statuses().stream()
                .filter(s -> code.equals(s.getString("systemCode", null)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    // PrimeFaces' number input formats as one types: select everything, then type over it.
    private static void type(String inputId, String text) {
        WebElement input = browser.visible(By.id(inputId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private static boolean checked(String checkboxId) {
        return browser.visible(By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box"))
                .getAttribute("class")
                .contains("ui-state-active");
    }

    private static By statusRowLocator(String name) {
        return By.xpath("//tbody[@id='statuses:table_data']/tr[td[1][normalize-space()='" + name + "']]");
    }

    private static WebElement statusRow(String name) {
        return browser.visible(statusRowLocator(name));
    }

    private static WebElement liveRow(String name) {
        return browser.visible(By.xpath("//tbody[@id='live:table_data']/tr[td[1][normalize-space()='" + name + "']]"));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.xpath("td")).stream()
                .map(cell -> cell.getText().trim())
                .toList();
    }

    private static WebElement info(String text) {
        return message("ui-messages-info", text);
    }

    private static WebElement error(String text) {
        return message("ui-messages-error", text);
    }

    private static WebElement message(String severity, String text) {
        return browser.visible(By.xpath("//div[@id='messages']/div[contains(@class, '" + severity + "')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }

    private static String phone() {
        return "+387" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
