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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 15's "Done when": the guide's setup walked end to end through the screens only (a user, a sender, a queue
 * with agents, senders and working hours, a route into it, a waiting strategy, capacity, a custom status, an SLA
 * policy); then a customer's message (through the API, as a channel gateway sends it) lands in the queue, routed and
 * assigned as configured. Writes the README's screenshots (docs/queue-detail.png, docs/users.png; AdminLanguageBrowserIT writes
 * docs/routes.png).
 */
class AdminGuideSetupBrowserIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-guide-setup-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("guide-setup-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
    }

    @BrowserTest
    void theGuidesSetupThroughTheScreensRoutesAndAssignsACustomersMessage() throws IOException {
        String username = unique("nora");
        String agentName = unique("Nora Agent");
        String address = phone();
        String senderName = unique("Support line");
        String queueName = unique("Premium customers");
        String routeName = unique("Premium route");
        boolean sendersPerQueueBefore =
                get(API + "/settings", supervisor).json().getBoolean("sendersPerQueueEnabled");
        Long agentId = null;
        Long routeId = null;
        String policyName = unique("Guide SLA");
        try {
            browser.signInAsAdmin();

            // A user with the Agent role: they handle conversations as an agent.
            browser.driver.findElement(By.linkText("Users")).click();
            browser.visible(By.id("create:username")).sendKeys(username);
            browser.driver.findElement(By.id("create:name")).sendKeys(agentName);
            browser.driver.findElement(By.id("create:password")).sendKeys(PASSWORD);
            browser.visible(By.xpath("//*[@id='create:roles']//label[normalize-space()='Agent']"))
                    .click();
            browser.driver.findElement(By.id("create:submit")).click();
            info("User '" + username + "' created");
            agentId = agentNamed(agentName).getJsonNumber("id").longValue();
            WebElement query = browser.visible(By.id("users:query"));
            query.sendKeys(username);
            browser.driver.findElement(By.id("users:search")).click();
            browser.wait.until(d -> d.findElements(By.xpath("//tbody[@id='users:table_data']/tr"))
                            .size()
                    == 1);
            saveToDocs("users", 900);

            // A sender.
            browser.driver.findElement(By.linkText("Senders")).click();
            browser.choose("create:channel", "SMS");
            browser.visible(By.id("create:address")).sendKeys(address);
            browser.driver.findElement(By.id("create:name")).sendKeys(senderName);
            browser.driver.findElement(By.id("create:submit")).click();
            info("Sender SMS " + address + " created");

            // A queue, then its detail page from the list.
            browser.driver.findElement(By.linkText("Queues")).click();
            browser.visible(By.id("create:name")).sendKeys(queueName);
            browser.driver.findElement(By.id("create:submit")).click();
            info("Queue '" + queueName + "' created");
            browser.visible(By.linkText(queueName)).click();
            assertThat(browser.visible(By.id("queue-name")).getText()).isEqualTo(queueName);
            long queueId = queueNamed(queueName).getJsonNumber("id").longValue();

            // Guide: "The queue must have at least one agent assigned to it for the notification setup to show."
            assertThat(browser.visible(By.id("notifications")).getText()).contains("Add agents to this queue first");
            assertThat(browser.driver.findElements(By.id("notifications:newConversation")))
                    .isEmpty();
            browser.visible(By.xpath("//*[@id='routes:table']//td[contains(., 'No route leads here yet')]"));

            // Its agents: added from the queue's side.
            browser.choose("agents:agent", agentName);
            browser.driver.findElement(By.id("agents:add")).click();
            info("Agent added to '" + queueName + "'");
            browser.visible(
                    By.xpath("//tbody[@id='agents:table_data']/tr[td[1][normalize-space()='" + agentName + "']]"));
            browser.visible(By.cssSelector("[id='notifications:newConversation'] .ui-chkbox-box"))
                    .click();
            browser.driver.findElement(By.id("notifications:save")).click();
            info("Notifications of '" + queueName + "' saved");
            assertThat(queueNamed(queueName).getBoolean("notifyNewConversation"))
                    .isTrue();

            // Working hours: a period from the menu.
            browser.driver.findElement(By.id("hours:save")).click();
            info("'" + queueName + "' works the hours of");

            // Automatic assignment: the agent who last interacted, within a period; then any available agent.
            browser.choose("assignment:target", "The agent who last interacted with the customer");
            browser.choose("assignment:period", "In the last 60 days");
            browser.driver.findElement(By.id("assignment:save")).click();
            info("Automatic assignment of '" + queueName + "' set to: The agent who last interacted with the"
                    + " customer, in the last 60 days");
            assertThat(queueNamed(queueName).getString("autoAssignment")).isEqualTo("LAST_AGENT_60_DAYS");
            browser.choose("assignment:target", "Any available agent");
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("assignment:period")));
            browser.driver.findElement(By.id("assignment:save")).click();
            info("Automatic assignment of '" + queueName + "' set to: Any available agent");
            assertThat(queueNamed(queueName).getString("autoAssignment")).isEqualTo("ANY_AVAILABLE_AGENT");

            // Senders: the account-wide toggle, then this queue's sender; the first one added is the default.
            if (!sendersPerQueueBefore) {
                browser.visible(By.cssSelector("[id='senders:perQueue'] .ui-toggleswitch-slider"))
                        .click();
                info("Each queue now has its own senders");
            }
            browser.choose("senders:sender", "SMS " + address + " · " + senderName);
            browser.driver.findElement(By.id("senders:add")).click();
            info("Sender added to '" + queueName + "'");
            WebElement senderRow = browser.visible(
                    By.xpath("//tbody[@id='senders:table_data']/tr[td[1][normalize-space()='SMS " + address + "']]"));
            assertThat(senderRow.getText()).contains("Default sender");
            long senderId = get(API + "/senders", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(x -> x.getString("address").equals(address))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
            JsonObject configured = queueNamed(queueName);
            assertThat(configured.getJsonArray("senderIds").toString()).isEqualTo("[" + senderId + "]");
            assertThat(configured.getJsonNumber("defaultSenderId").longValue()).isEqualTo(senderId);
            assertThat(get(API + "/settings", supervisor).json().getBoolean("sendersPerQueueEnabled"))
                    .isTrue();

            // A route into the queue, created from the queue's page: the editor opens with the queue chosen.
            browser.driver.findElement(By.id("routes:new-route")).click();
            WebElement name = browser.visible(By.id("editor:name"));
            assertThat(browser.visible(By.id("editor:queue_label")).getText()).isEqualTo(queueName);
            name.sendKeys(routeName);
            browser.choose("editor:conditions:0:attribute", "Conversation › To");
            browser.choose("editor:conditions:0:choice", senderName + " (" + address + ")");
            browser.driver.findElement(By.id("editor:save")).click();
            info("Route '" + routeName + "' saved");
            routeId = routeNamed(routeName).getJsonNumber("id").longValue();

            // A waiting strategy for the sender.
            browser.driver.findElement(By.linkText("Waiting strategies")).click();
            browser.choose("tabs:messaging:sender", "SMS " + address);
            type("tabs:messaging:name", unique("Premium wait"));
            browser.visible(By.cssSelector("[id='tabs:messaging:welcome-enabled'] .ui-toggleswitch-slider"))
                    .click();
            type("tabs:messaging:welcome-text", "Hi! A premium agent will answer soon.");
            browser.driver.findElement(By.id("tabs:messaging:save")).click();
            info("created");

            // The agent's capacity.
            browser.driver.findElement(By.linkText("Capacity")).click();
            browser.choose("agent:agentId", agentName);
            // The panel is drawn again with the agent's capacities: Save is enabled then.
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("agent:save")));
            type("agent:agentLiveMessaging", "3");
            browser.driver.findElement(By.id("agent:save")).click();
            info("Agent capacity saved");
            assertThat(get(API + "/agents/" + agentId + "/capacity", supervisor)
                            .json()
                            .getInt("LIVE_MESSAGING"))
                    .isEqualTo(3);

            // A custom status, created then edited in its dialog.
            String status = unique("Lunch");
            browser.driver.findElement(By.linkText("Agent statuses")).click();
            type("create:name", status);
            browser.choose("create:group", "Away");
            browser.driver.findElement(By.id("create:submit")).click();
            info("Status '" + status + "' created");
            browser.visible(By.xpath("//tbody[@id='statuses:table_data']/tr[td[1][normalize-space()='" + status
                            + "']]//button[.//span[text()='Edit']]"))
                    .click();
            String renamedStatus = status + " break";
            type("edit:name", renamedStatus);
            browser.driver.findElement(By.id("edit:save")).click();
            info("Status '" + renamedStatus + "' saved");
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("edit:name")));
            assertThat(get(API + "/agent-statuses", supervisor).body()).contains(renamedStatus);

            // An SLA policy for the sender's conversations.
            browser.driver.findElement(By.linkText("SLA")).click();
            browser.visible(By.id("policies:new")).click();
            WebElement policy = browser.visible(By.id("editor:name"));
            policy.clear();
            policy.sendKeys(policyName);
            browser.choose("editor:conditions:0:attribute", "Conversation › To");
            browser.choose("editor:conditions:0:choice", senderName + " (" + address + ")");
            browser.visible(By.id("editor:severities:0:firstResponse")).sendKeys("30");
            browser.driver.findElement(By.id("editor:save")).click();
            info("SLA policy '" + policyName + "' saved");

            // The queue's page shows the route leading to it; the README's screenshot.
            browser.driver.findElement(By.linkText("Queues")).click();
            browser.visible(By.linkText(queueName)).click();
            browser.visible(
                    By.xpath("//tbody[@id='routes:table_data']/tr[td[2][normalize-space()='" + routeName + "']]"));
            saveToDocs("queue-detail", 2000);

            // The agent starts work (their own status), and a customer writes in.
            AgentStatusesInTests.setStatus(supervisor, agentId, "AVAILABLE");
            TestServer.Reply inbound =
                    request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                    {"channel": "SMS", "from": "%s", "to": "%s", "text": "My premium card is blocked"}""".formatted(phone(), address));
            assertThat(inbound.status()).as(inbound.body()).isEqualTo(201);
            long conversation = inbound.json().getJsonNumber("conversationId").longValue();
            JsonObject landed = awaitAssigned(conversation);
            assertThat(landed.getJsonObject("queue").getJsonNumber("id").longValue())
                    .isEqualTo(queueId);
            assertThat(landed.getJsonObject("assignee").getJsonNumber("id").longValue())
                    .isEqualTo(agentId);
        } finally {
            if (agentId != null) {
                // No stray Available agent for the tests that follow (every agent works in the Default queue).
                AgentStatusesInTests.setStatus(supervisor, agentId, "OFFLINE");
            }
            if (routeId != null) {
                request("DELETE", API + "/routes/" + routeId, supervisor, null, null);
            }
            get(API + "/sla-policies", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("name").equals(policyName))
                    .forEach(p -> request("DELETE", API + "/sla-policies/" + p.getInt("id"), supervisor, null, null));
            request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": %s, "sendersPerQueueEnabled": %s}""".formatted(
                    get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled"), sendersPerQueueBefore));
        }
    }

    private static JsonObject awaitAssigned(long conversation) {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject view =
                get(API + "/conversations/" + conversation, supervisor).json();
        while (view.isNull("assignee") && Instant.now().isBefore(end)) {
            sleep();
            view = get(API + "/conversations/" + conversation, supervisor).json();
        }
        return view;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A screenshot of the page as tall as asked, into the repository's docs/ (the module runs in ear/). */
    private static void saveToDocs(String name, int height) throws IOException {
        Dimension before = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(1280, height));
        try {
            Path docs = Path.of("..", "docs");
            Files.createDirectories(docs);
            Files.copy(
                    ((TakesScreenshot) browser.driver)
                            .getScreenshotAs(OutputType.FILE)
                            .toPath(),
                    docs.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    private static JsonObject agentNamed(String name) {
        return get(API + "/agents", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject queueNamed(String name) {
        return get(API + "/queues", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject routeNamed(String name) {
        return get(API + "/routes", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static void type(String id, String text) {
        WebElement input = browser.visible(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void info(String text) {
        browser.visible(By.xpath("//div[@id='messages']/div[contains(@class, 'ui-messages-info')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
