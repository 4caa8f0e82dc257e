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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The SLA screen: create a policy with a condition and two severities, reorder with the actions menu, a refused
 * severity, delete; and All Work showing a conversation's SLA clocks. The policies match only this class's sender.
 */
class AdminSlaBrowserIT {

    private static final String JSON = "application/json";
    private static final String PREFIX = "Browser SLA";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-sla-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String gateway;
    private static String sender;
    private static long senderId;
    private static String senderLabel;

    @BeforeAll
    static void setUp() throws IOException {
        supervisor = bearer(createApiKey(unique("sla-browser-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("sla-browser-gateway"), "GATEWAY", "MANAGER"));
        sender = phone();
        String senderName = unique("SLA line");
        senderId = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "%s"}""".formatted(sender, senderName)))
                .getInt("id");
        senderLabel = senderName + " (" + sender + ")";
        // All Work shows short IDs only when the Short ID setting is on.
        assertThat(request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": true}""").status())
                .isEqualTo(200);
        browser = SESSION.browser();
    }

    @AfterAll
    static void deletePolicies() {
        policies().stream()
                .filter(p -> p.getString("name").startsWith(PREFIX))
                .forEach(p -> request("DELETE", API + "/sla-policies/" + p.getInt("id"), supervisor, null, null));
    }

    @BrowserTest
    void supervisorCreatesReordersRefusesAndDeletesPolicies() throws IOException {
        String other = createPolicy(unique(PREFIX + " API"), senderId, 60);
        openAdmin();
        browser.driver.findElement(By.linkText("SLA")).click();
        browser.showAllRows("policies:table");
        row(other);

        // A new policy: the name comes pre-filled, the condition from routing's editor, two severities.
        browser.visible(By.id("policies:new")).click();
        WebElement nameInput = browser.visible(By.id("editor:name"));
        assertThat(nameInput.getAttribute("value")).startsWith("SLA policy #");
        nameInput.clear();
        String name = unique(PREFIX + " screen");
        nameInput.sendKeys(name);
        browser.choose("editor:conditions:0:attribute", "Conversation › To");
        browser.choose("editor:conditions:0:choice", senderLabel);
        browser.visible(By.id("editor:severities:0:firstResponse")).sendKeys("30");
        browser.driver.findElement(By.id("editor:severities:0:resolution")).sendKeys("240");
        browser.driver.findElement(By.id("editor:addSeverity")).click();
        WebElement urgent = browser.visible(By.id("editor:severities:1:severityName"));
        urgent.clear();
        urgent.sendKeys("Urgent");
        browser.driver.findElement(By.id("editor:severities:1:firstResponse")).sendKeys("5");
        browser.choose("editor:severities:1:counting", "Working hours only");
        browser.screenshot("admin-sla-editor");
        browser.driver.findElement(By.id("editor:save")).click();
        message("ui-messages-info", "SLA policy '" + name + "' saved");
        assertThat(row(name).getText())
                .contains("Enabled")
                .contains("All queues")
                .contains("Default (default): first response 30 min, resolution 240 min")
                .contains("Urgent: first response 5 min, working hours only");
        JsonObject stored = policy(name);
        assertThat(stored.getJsonObject("conditions").toString())
                .contains("conversation.to")
                .contains(String.valueOf(senderId));
        assertThat(stored.getJsonArray("severities")).hasSize(2);
        assertThat(stored.getInt("position")).isGreaterThan(policy(other).getInt("position"));

        // Send it to the top, then the other one to position 1 with the position dialog.
        action(name, "Send to top");
        message("ui-messages-info", "SLA policy '" + name + "' moved to position 1");
        assertThat(policy(name).getInt("position")).isEqualTo(1);
        assertThat(positionShown(name)).isEqualTo("1");
        action(other, "Send to position");
        WebElement to = browser.visible(By.id("move:to_input"));
        to.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        to.sendKeys("1");
        browser.driver.findElement(By.id("move:go")).click();
        message("ui-messages-info", "SLA policy '" + other + "' moved to position 1");
        assertThat(policy(other).getInt("position")).isEqualTo(1);
        assertThat(policy(name).getInt("position")).isEqualTo(2);

        // The re-evaluation every change starts shows its progress.
        browser.wait.until(ExpectedConditions.textToBe(By.id("progress-status"), "Completed"));
        assertThat(browser.visible(By.id("progress-count")).getText()).matches("\\d+");
        browser.screenshot("admin-sla");

        // A severity that promises no time is refused, naming the severity.
        action(name, "Edit");
        assertThat(browser.visible(By.id("editor:name")).getAttribute("value")).isEqualTo(name);
        browser.driver.findElement(By.id("editor:addSeverity")).click();
        WebElement empty = browser.visible(By.id("editor:severities:2:severityName"));
        empty.clear();
        empty.sendKeys("Empty");
        browser.driver.findElement(By.id("editor:save")).click();
        message("ui-messages-error", "Severity 'Empty': must set at least one of");
        assertThat(policy(name).getJsonArray("severities")).hasSize(2);
        browser.driver.findElement(By.id("editor:cancel")).click();

        // Delete, after confirming.
        action(name, "Delete");
        browser.visible(By.id("confirm:yes")).click();
        message("ui-messages-info", "SLA policy '" + name + "' deleted");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(rowBy(name)));
        assertThat(policies()).noneMatch(p -> p.getString("name").equals(name));
    }

    @BrowserTest
    void allWorkShowsAConversationsSlaClocks() throws IOException {
        // A sender of its own: the other test's policies match only the class's first sender.
        String line = phone();
        long lineId = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(line)))
                .getInt("id");
        String name = createPolicy(unique(PREFIX + " All Work"), lineId, 45);
        TestServer.Reply reply = request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Where is my parcel?"}""".formatted(phone(), line));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String shortId = String.valueOf(reply.json().getInt("shortId"));

        openAdmin();
        browser.driver.findElement(By.linkText("All Work")).click();
        browser.visible(By.id("work:shortId")).sendKeys(shortId);
        WebElement filter = browser.driver.findElement(By.id("work:filter"));
        filter.click();
        browser.wait.until(ExpectedConditions.stalenessOf(filter));
        By rows = By.xpath("//tbody[@id='work:conversations_data']/tr[@data-rk]");
        browser.wait.until(d -> d.findElements(rows).size() == 1
                && d.findElement(rows).findElement(By.xpath("td[1]")).getText().equals(shortId));
        browser.driver.findElement(rows).findElement(By.xpath("td[2]")).click();
        assertThat(browser.visible(By.id("sla-policy")).getText())
                .contains(name)
                .contains("Default");
        List<String> firstResponse = browser
                .visible(By.xpath(
                        "//tbody[contains(@id, 'clocks_data')]/tr[td[1]" + "[normalize-space()='First response']]"))
                .findElements(By.xpath("td"))
                .stream()
                .map(cell -> cell.getText().trim())
                .toList();
        assertThat(firstResponse.get(1)).isEqualTo("Running");
        assertThat(firstResponse.get(2)).isEqualTo("45m 00s");
        assertThat(firstResponse.get(3)).endsWith("UTC");
        assertThat(firstResponse.get(4)).matches("4[34]m \\d\\ds");
        assertThat(browser.visible(By.xpath("//tbody[contains(@id, 'breaches_data')]"))
                        .getText())
                .contains("No breaches");
        browser.screenshot("admin-all-work-sla");
    }

    /** The admin's home, signing in when the session has not yet (the tests share one browser). */
    private static void openAdmin() {
        browser.driver.get(TestServer.APP + "/admin/");
        if (browser.driver.getCurrentUrl().contains("/admin/login.xhtml")) {
            browser.signInAsAdmin();
        }
        browser.visible(By.id("signed-in-user"));
    }

    /** Opens a row's actions menu and picks an item. */
    private static void action(String policyName, String item) {
        WebElement button = row(policyName).findElement(By.cssSelector(".ui-menubutton button"));
        String menu = button.getAttribute("id").replaceFirst("_button$", "_menu");
        button.click();
        browser.visible(By.xpath("//div[@id='" + menu + "']//a[.//span[normalize-space()='" + item + "']]"))
                .click();
    }

    private static String createPolicy(String name, long toSender, int firstResponseMinutes) {
        created(request(
                "POST", API + "/sla-policies", supervisor, JSON, """
                {
                    "name": "%s",
                    "conditions": {
                        "join": "AND",
                        "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%s"}]
                    },
                    "severities": [{"name": "Default", "firstResponseMinutes": %s}]
                }""".formatted(name, toSender, firstResponseMinutes)));
        return name;
    }

    private static List<JsonObject> policies() {
        return get(API + "/sla-policies", supervisor).jsonArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject policy(String name) {
        return policies().stream()
                .filter(p -> p.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static By rowBy(String name) {
        return By.xpath("//tbody[@id='policies:table_data']/tr[td[2][normalize-space()='" + name + "']]");
    }

    private static WebElement row(String name) {
        return browser.visible(rowBy(name));
    }

    private static String positionShown(String name) {
        return row(name).findElement(By.xpath("td[1]")).getText().trim();
    }

    private static void message(String severity, String text) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[@id='messages']/div[contains("
                + "@class, '" + severity + "')]//li[contains(normalize-space(), \"" + text + "\")]")));
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
