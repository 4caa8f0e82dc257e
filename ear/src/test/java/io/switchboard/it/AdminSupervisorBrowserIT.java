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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A supervisor's day in the browser: "a supervisor transfers and reassigns it from All Work; the dashboard's numbers
 * move when a message arrives" (issue 14), and an Analytics Manager reads the dashboard and All Work without acting.
 */
class AdminSupervisorBrowserIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";
    private static final By ROWS = By.xpath("//tbody[@id='work:conversations_data']/tr[@data-rk]");

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-supervisor-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String sender;

    @BeforeAll
    static void senderAndBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("supervisor-work"), "ACCOUNT_MANAGER"));
        sender = phone();
        TestServer.Reply created = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Supervisor line"}""".formatted(sender));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        browser = SESSION.browser();
    }

    @BrowserTest
    void supervisorTransfersAndReassignsAConversationFromAllWork() throws IOException {
        String queueName = unique("Returns");
        long queue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(queueName)))
                .getJsonNumber("id")
                .longValue();
        String ivo = unique("Ivo");
        String maja = unique("Maja");
        long ivoId = agent(ivo, queue);
        long majaId = agent(maja, queue);
        JsonObject conversation = inbound(phone(), "I want to return my shoes");
        long id = conversation.getJsonNumber("conversationId").longValue();
        String shown = String.valueOf(displayId(conversation));

        openAdmin();
        browser.driver.findElement(By.linkText("All Work")).click();
        showOnly(shown);
        browser.driver.findElement(ROWS).findElement(By.xpath("td[1]")).click();
        browser.visible(By.id("act:actions"));

        browser.choose("act:transferTo", queueName);
        act("act:transfer");
        browser.wait.until(d -> cells(browser.driver.findElement(ROWS)).get(4).equals(queueName));
        assertThat(message()).contains("Transferred to queue " + queueName);

        browser.choose("act:assignTo", ivo);
        act("act:assign");
        browser.wait.until(d -> cells(browser.driver.findElement(ROWS)).get(6).equals(ivo));

        browser.choose("act:assignTo", maja);
        act("act:assign");
        browser.wait.until(d -> cells(browser.driver.findElement(ROWS)).get(6).equals(maja));

        JsonObject after = get(API + "/conversations/" + id, supervisor).json();
        assertThat(after.getJsonObject("queue").getJsonNumber("id").longValue()).isEqualTo(queue);
        assertThat(after.getJsonObject("assignee").getJsonNumber("id").longValue())
                .isEqualTo(majaId);

        // Filters: by assignee; the other agent has none.
        press("work:clear");
        browser.choose("work:assignee", maja);
        press("work:filter");
        browser.wait.until(d -> ids().equals(List.of(shown)));
        browser.choose("work:assignee", ivo);
        press("work:filter");
        browser.wait.until(d -> ids().isEmpty());
        assertThat(ivoId).isNotEqualTo(majaId);

        // Sorting on the server by the new columns.
        press("work:clear");
        browser.choose("work:queue", queueName);
        press("work:filter");
        browser.wait.until(d -> ids().equals(List.of(shown)));
        sortBy("Assignee");
        browser.wait.until(d -> ids().equals(List.of(shown)));
        sortBy("Waiting");
        browser.wait.until(d -> ids().equals(List.of(shown)));
        browser.driver.findElement(ROWS).findElement(By.xpath("td[1]")).click();
        browser.visible(By.id("act:actions"));

        // Closed is final, and the one confirmation dialog asks first.
        browser.choose("act:newStatus", "Closed");
        browser.visible(By.id("act:setStatus")).click();
        browser.visible(By.id("confirm:yes")).click();
        browser.wait.until(d -> cells(browser.driver.findElement(ROWS)).get(1).equals("Closed"));
        assertThat(get(API + "/conversations/" + id, supervisor).json().getString("status"))
                .isEqualTo("CLOSED");
        press("work:clear");
        browser.wait.until(d -> !ids().isEmpty());
        saveScreenshot("all-work");
    }

    @BrowserTest
    void dashboardNumbersMoveWhenAMessageArrivesWithoutReload() throws IOException {
        openAdmin();
        browser.driver.findElement(By.linkText("Live dashboard")).click();
        WebElement total = browser.visible(By.id("dashboard:total-in"));
        long before = Long.parseLong(total.getText().trim());
        // A mark on the page: a reload would lose it.
        ((JavascriptExecutor) browser.driver).executeScript("window.sbNotReloaded = true;");

        inbound(phone(), "Is anyone there?");

        browser.wait.until(d -> Long.parseLong(
                        d.findElement(By.id("dashboard:total-in")).getText().trim())
                > before);
        assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.sbNotReloaded === true;"))
                .isEqualTo(true);
        assertThat(browser.driver.findElements(By.xpath("//canvas"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.driver.findElements(By.xpath("//*[contains(@id, ':act')]")))
                .isNotEmpty();
        saveScreenshot("dashboard");
    }

    @BrowserTest
    void analyticsManagerSeesTheDashboardButNoActions() throws IOException {
        String username = unique("ana-lytics");
        created(request("POST", API + "/users", supervisor, JSON, """
                {"username": "%s", "name": "Ana Lytics", "password": "%s", "roles": ["ANALYTICS_MANAGER"]}""".formatted(username, PASSWORD)));
        inbound(phone(), "Counting me in");
        openAdmin();
        browser.driver.findElement(By.id("session:logout")).click();
        try {
            browser.driver.get(TestServer.APP + "/admin/");
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
            browser.visible(By.id("login:username")).sendKeys(username);
            browser.driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
            browser.driver.findElement(By.id("login:submit")).click();
            browser.visible(By.id("signed-in-user"));

            browser.driver.findElement(By.linkText("Live dashboard")).click();
            browser.visible(By.id("dashboard:queues"));
            assertThat(browser.driver.findElements(By.xpath("//canvas"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(browser.driver.findElements(By.xpath("//*[contains(@id, ':act')]")))
                    .isEmpty();

            browser.driver.findElement(By.linkText("All Work")).click();
            browser.wait.until(d -> !ids().isEmpty());
            browser.driver.findElement(ROWS).findElement(By.xpath("td[1]")).click();
            browser.wait.until(d -> !d.findElements(By.xpath("//div[@id='conversation']//table"))
                    .isEmpty());
            assertThat(browser.driver.findElements(By.id("act:actions"))).isEmpty();
            assertThat(browser.driver.findElements(By.linkText("Agents live"))).isEmpty();
        } finally {
            browser.driver.findElement(By.id("session:logout")).click();
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        }
    }

    /**
     * All Work sorts by SLA time left: the most urgent first, those without a counting clock last whichever way;
     * the sort runs on the server over the conversation's own due time.
     */
    @BrowserTest
    void allWorkSortsBySlaTimeLeft() throws InterruptedException {
        String queueName = unique("SLA sort");
        long queue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(queueName)))
                .getJsonNumber("id")
                .longValue();
        String slaSender = phone();
        long slaSenderId = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "SLA sort line"}""".formatted(slaSender)))
                .getJsonNumber("id")
                .longValue();
        long policy = created(request("POST", API + "/sla-policies", supervisor, JSON, """
                {
                    "name": "%s",
                    "conditions": {"join": "AND", "conditions": [
                        {"attribute": "conversation.to", "operator": "IS", "value": "%s"}]},
                    "severities": [{"name": "Default", "firstResponseMinutes": 60, "resolutionMinutes": 600}]
                }""".formatted(
                                unique("Sort policy"), slaSenderId)))
                .getJsonNumber("id")
                .longValue();
        try {
            // Due first, due a moment later, and one Solved (its clocks paused: no time left to show).
            String first = movedTo(queue, inboundTo(slaSender, "Oldest question"));
            Thread.sleep(1100);
            String second = movedTo(queue, inboundTo(slaSender, "Newer question"));
            JsonObject solvedIntake = inboundTo(slaSender, "Solved already");
            String solved = movedTo(queue, solvedIntake);
            TestServer.Reply status = request(
                    "PUT",
                    API + "/conversations/" + solvedIntake.getJsonNumber("conversationId") + "/status",
                    supervisor,
                    JSON,
                    """
                    {"status": "SOLVED"}""");
            assertThat(status.status()).as(status.body()).isEqualTo(200);

            openAdmin();
            browser.driver.findElement(By.linkText("All Work")).click();
            browser.choose("work:queue", queueName);
            press("work:filter");
            browser.wait.until(d -> ids().size() == 3);
            sortBy("SLA time left");
            browser.wait.until(d -> ids().equals(List.of(first, second, solved)));
            sortBy("SLA time left");
            browser.wait.until(d -> ids().equals(List.of(second, first, solved)));
        } finally {
            request("DELETE", API + "/sla-policies/" + policy, supervisor, null, null);
        }
    }

    /**
     * The Chatbots view lists conversations assigned to bots; Agent takeover hands one over, and routing gives it to
     * the available agent of the queue.
     */
    @BrowserTest
    void agentTakeoverFromTheChatbotsViewGivesTheConversationToAnAgent() {
        long queue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "ANY_AVAILABLE_AGENT"}""".formatted(unique("Bot desk"))))
                .getJsonNumber("id")
                .longValue();
        String botSender = phone();
        long botSenderId = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Bot line"}""".formatted(botSender)))
                .getJsonNumber("id")
                .longValue();
        long route = created(request("POST", API + "/routes", supervisor, JSON, """
                {"name": "%s", "queueId": %d, "priority": "NORMAL", "conditions": {"join": "AND", "conditions": [
                    {"attribute": "conversation.to", "operator": "IS", "value": "%d"}]}}""".formatted(
                                unique("Bot route"), queue, botSenderId)))
                .getJsonNumber("id")
                .longValue();
        String botName = unique("Robo");
        long bot = created(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "%s", "queueIds": [%d]}""".formatted(botName, queue)))
                .getJsonNumber("id")
                .longValue();
        try {
            String human = unique("Hana");
            long humanId = agent(human, queue);
            JsonObject intake = inboundTo(botSender, "I need a person");
            long id = intake.getJsonNumber("conversationId").longValue();
            // The bot has it; the agent is Available to take it over.
            TestServer.Reply toBot =
                    request("PUT", API + "/conversations/" + id + "/assignee", supervisor, JSON, """
                    {"agentId": %d}""".formatted(bot));
            assertThat(toBot.status()).as(toBot.body()).isEqualTo(200);
            AgentStatusesInTests.setStatus(supervisor, humanId, "AVAILABLE");
            String shown = String.valueOf(displayId(intake));

            openAdmin();
            browser.driver.findElement(By.linkText("All Work")).click();
            press("work:view-chatbots");
            showOnly(shown);
            assertThat(cells(browser.driver.findElement(ROWS)).get(6)).isEqualTo(botName + " (bot)");
            browser.driver.findElement(ROWS).findElement(By.xpath("td[1]")).click();
            browser.visible(By.id("act:takeover")).click();
            browser.wait.until(d -> message().contains("Handed over to agents"));

            JsonObject after = get(API + "/conversations/" + id, supervisor).json();
            assertThat(after.getJsonObject("assignee").getJsonNumber("id").longValue())
                    .isEqualTo(humanId);
            // It left the Chatbots view.
            press("work:filter");
            browser.wait.until(d -> ids().isEmpty());
            AgentStatusesInTests.setStatus(supervisor, humanId, "BUSY");
        } finally {
            request("DELETE", API + "/routes/" + route, supervisor, null, null);
        }
    }

    /** A human agent in the Default queue and this one, Busy: Busy agents receive transferred conversations. */
    private static long agent(String name, long queue) {
        long id = created(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "%s", "queueIds": [%s]}""".formatted(
                                name, unique("agent"), PASSWORD, queue)))
                .getJsonNumber("id")
                .longValue();
        AgentStatusesInTests.setStatus(supervisor, id, "BUSY");
        return id;
    }

    private static long displayId(JsonObject intake) {
        boolean shortIds = get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled", false);
        return shortIds
                ? intake.getJsonNumber("shortId").longValue()
                : intake.getJsonNumber("conversationId").longValue();
    }

    private static void showOnly(String shown) {
        browser.visible(By.id("work:shortId")).clear();
        browser.driver.findElement(By.id("work:shortId")).sendKeys(shown);
        press("work:filter");
        browser.wait.until(d -> ids().equals(List.of(shown)));
    }

    private static void openAdmin() {
        browser.driver.get(TestServer.APP + "/admin/");
        if (browser.driver.getCurrentUrl().contains("/admin/login.xhtml")) {
            browser.signInAsAdmin();
        }
        browser.visible(By.id("signed-in-user"));
    }

    /** Sorts by a column and waits for the rows to be rendered anew (the same rows may come back). */
    private static void sortBy(String header) {
        WebElement row = browser.driver.findElement(ROWS);
        browser.visible(By.xpath("//thead//th[.//span[normalize-space(text())='" + header + "']]"))
                .click();
        browser.wait.until(ExpectedConditions.stalenessOf(row));
    }

    private static void press(String button) {
        WebElement pressed = browser.driver.findElement(By.id(button));
        pressed.click();
        browser.wait.until(ExpectedConditions.stalenessOf(pressed));
    }

    /** Presses an action button and waits for the list and the chosen conversation to be rendered anew. */
    private static void act(String button) {
        WebElement pressed = browser.driver.findElement(By.id(button));
        WebElement table = browser.driver.findElement(By.id("work:conversations"));
        pressed.click();
        browser.wait.until(ExpectedConditions.stalenessOf(table));
    }

    private static String message() {
        return browser.visible(By.id("messages")).getText();
    }

    private static List<String> ids() {
        return browser.driver.findElements(ROWS).stream()
                .map(row -> row.findElement(By.xpath("td[1]")).getText())
                .toList();
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.xpath("td")).stream()
                .map(cell -> cell.getText().trim())
                .toList();
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

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonObject inbound(String from, String text) {
        TestServer.Reply reply =
                request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(from, sender, text));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonObject inboundTo(String to, String text) {
        TestServer.Reply reply =
                request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(phone(), to, text));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    /** Into the queue (a transfer, as the API does it); the id All Work shows. */
    private static String movedTo(long queue, JsonObject intake) {
        TestServer.Reply moved = request(
                "PUT",
                API + "/conversations/" + intake.getJsonNumber("conversationId") + "/queue",
                supervisor,
                JSON,
                """
                {"queueId": %d}""".formatted(queue));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return String.valueOf(displayId(intake));
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
