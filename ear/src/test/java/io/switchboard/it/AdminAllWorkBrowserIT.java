package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The All Work view in the browser: every conversation in the order agents work them, sorted by any column and
 * filtered on the server, the id people see, and a conversation's messages.
 */
class AdminAllWorkBrowserIT {

    private static final String JSON = "application/json";
    private static final By ROWS = By.xpath("//tbody[@id='work:conversations_data']/tr[@data-rk]");

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-all-work-failure");

    private static AdminBrowser browser;
    private static String gateway;
    private static String sender;

    @BeforeAll
    static void senderAndBrowser() throws IOException {
        String supervisor = bearer(createApiKey(unique("all-work-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("all-work-gateway"), "GATEWAY", "MANAGER"));
        sender = phone();
        // The list shows short IDs only when the Short ID setting is on.
        assertThat(request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": true}""").status())
                .isEqualTo(200);
        TestServer.Reply created = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "All Work line"}""".formatted(sender));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        browser = SESSION.browser();
    }

    @BrowserTest
    void supervisorFiltersAllWorkAndReadsAConversation() throws IOException {
        String ana = unique("Ana");
        String anasPhone = phone();
        JsonObject late = inbound(anasPhone, "My order is late", """
                , "firstName": "%s"
                """.formatted(ana));
        inbound(anasPhone, "Order 1234", "");
        JsonObject solved = inbound(phone(), "Thanks, all good", "");
        TestServer.Reply closed = request(
                "PUT", API + "/conversations/" + solved.getInt("conversationId") + "/status", gateway, JSON, """
                {"status": "CLOSED"}""");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        String lateId = String.valueOf(late.getInt("shortId"));
        String solvedId = String.valueOf(solved.getInt("shortId"));

        openAdmin();
        browser.driver.findElement(By.linkText("All Work")).click();
        browser.wait.until(d -> shortIds().size() >= 2);

        browser.visible(By.id("work:shortId")).sendKeys(lateId);
        browser.choose("work:queue", "Default");
        press("work:filter");
        browser.wait.until(d -> shortIds().equals(List.of(lateId)));
        assertThat(cells(browser.driver.findElement(ROWS)))
                .hasSize(12)
                .startsWith(lateId, "Open", "Normal", "SMS", "Default", ana);

        press("work:clear");
        browser.wait.until(d -> shortIds().size() > 1);
        browser.choose("work:status", "Closed");
        press("work:filter");
        browser.wait.until(d -> !shortIds().isEmpty()
                && browser.driver.findElements(ROWS).stream()
                        .allMatch(row -> cells(row).get(1).equals("Closed")));
        assertThat(shortIds()).doesNotContain(lateId);
        browser.visible(By.id("work:shortId")).sendKeys(solvedId);
        press("work:filter");
        browser.wait.until(d -> shortIds().equals(List.of(solvedId)));

        press("work:clear");
        browser.visible(By.id("work:shortId")).sendKeys(lateId);
        press("work:filter");
        browser.wait.until(d -> shortIds().equals(List.of(lateId)));
        browser.driver.findElement(ROWS).findElement(By.xpath("td[1]")).click();
        browser.wait.until(d -> messageRows().size() == 2);
        assertThat(browser.visible(By.id("conversation")).getText()).contains("Messages of conversation " + lateId);
        assertThat(cells(messageRows().get(0))).startsWith("Inbound · Customer", anasPhone, sender, "My order is late");
        assertThat(cells(messageRows().get(1)).get(3)).isEqualTo("Order 1234");
        browser.screenshot("admin-all-work");
    }

    @BrowserTest
    void allWorkListsTheWayAgentsWorkAndSortsByAnyColumn() throws IOException {
        String supervisor = bearer(createApiKey(unique("all-work-order"), "ACCOUNT_MANAGER"));
        String queueName = unique("Order queue");
        TestServer.Reply queue = request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(queueName));
        assertThat(queue.status()).as(queue.body()).isEqualTo(201);
        JsonObject normal = inbound(phone(), "First in line", "");
        JsonObject high = inbound(phone(), "Second", "");
        JsonObject urgent = inbound(phone(), "Third", "");
        for (JsonObject c : List.of(normal, high, urgent)) {
            assertThat(request(
                                    "PUT",
                                    API + "/conversations/" + c.getInt("conversationId") + "/queue",
                                    supervisor,
                                    JSON,
                                    """
                    {"queueId": %s}""".formatted(queue.json().getInt("id")))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(request(
                                "PUT",
                                API + "/conversations/" + high.getInt("conversationId") + "/priority",
                                supervisor,
                                JSON,
                                """
                {"priority": "HIGH"}""")
                        .status())
                .isEqualTo(200);
        assertThat(request(
                                "PUT",
                                API + "/conversations/" + urgent.getInt("conversationId") + "/priority",
                                supervisor,
                                JSON,
                                """
                {"priority": "URGENT"}""")
                        .status())
                .isEqualTo(200);
        String n = String.valueOf(normal.getInt("shortId"));
        String h = String.valueOf(high.getInt("shortId"));
        String u = String.valueOf(urgent.getInt("shortId"));

        openAdmin();
        browser.driver.findElement(By.linkText("All Work")).click();
        browser.choose("work:queue", queueName);
        press("work:filter");
        // "Those with higher priority are placed at the top ... further ordered by the createdAt timestamp".
        browser.wait.until(d -> shortIds().equals(List.of(u, h, n)));
        assertThat(cells(browser.driver.findElements(ROWS).get(0)).get(2)).isEqualTo("Urgent");

        sortBy("Waiting");
        browser.wait.until(d -> shortIds().equals(List.of(n, h, u)));
        sortBy("Waiting");
        browser.wait.until(d -> shortIds().equals(List.of(u, h, n)));
        sortBy("Customer");
        browser.wait.until(d -> shortIds().size() == 3);

        // With the Short ID setting off, the list shows the conversation's id instead.
        try {
            assertThat(request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": false}""").status())
                    .isEqualTo(200);
            browser.driver.findElement(By.linkText("All Work")).click();
            browser.choose("work:queue", queueName);
            press("work:filter");
            browser.wait.until(d -> shortIds().size() == 3);
            assertThat(browser.visible(By.xpath("//th[@id='work:conversations:displayId']"))
                            .getText()
                            .trim())
                    .isEqualTo("ID");
            assertThat(shortIds())
                    .containsExactly(
                            String.valueOf(urgent.getInt("conversationId")),
                            String.valueOf(high.getInt("conversationId")),
                            String.valueOf(normal.getInt("conversationId")));
        } finally {
            request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": true}""");
        }
    }

    // The guide: "During a conversation, sentiment is analyzed in real time. That way Agents and Supervisors can track
    // changes in the sentiment from the start to the end of the conversation."
    @BrowserTest
    void allWorkFiltersBySentimentAndTheConversationShowsIt() throws IOException, InterruptedException {
        String supervisor = bearer(createApiKey(unique("sentiment-admin"), "ACCOUNT_MANAGER"));
        assertThat(request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": true, "sentimentEnabled": true}""").status())
                .isEqualTo(200);
        try {
            String customer = phone();
            inbound(customer, "Hello, I have a question about my bill", "");
            JsonObject angry = inbound(customer, "This is terrible, you charged me twice! I am really angry!", "");
            long id = angry.getInt("conversationId");
            String shortId = String.valueOf(angry.getInt("shortId"));
            JsonObject happy = inbound(phone(), "Great, thank you so much for the quick help!", "");
            String happyId = String.valueOf(happy.getInt("shortId"));
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (request("GET", API + "/conversations/" + id + "/sentiment", gateway, null, null)
                                    .json()
                                    .getJsonArray("messages")
                                    .size()
                            < 2
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            openAdmin();
            browser.driver.findElement(By.linkText("All Work")).click();
            browser.wait.until(d -> !shortIds().isEmpty());
            browser.choose("work:sentiment", "Negative");
            press("work:filter");
            browser.wait.until(d -> shortIds().contains(shortId));
            assertThat(shortIds()).doesNotContain(happyId);
            WebElement row = browser.driver.findElements(ROWS).stream()
                    .filter(r -> r.findElement(By.xpath("td[1]")).getText().equals(shortId))
                    .findFirst()
                    .orElseThrow();
            // The badge: the label with its colour, and the trend since the first message (down: it got worse).
            assertThat(cells(row).get(9)).startsWith("Negative").endsWith("\u2198");
            assertThat(row.findElement(By.xpath("td[10]/span")).getAttribute("class"))
                    .contains("sb-sentiment-negative");

            browser.driver.get(TestServer.APP + "/admin/conversation.xhtml?id=" + id);
            assertThat(browser.text(By.id("conversation-sentiment"))).startsWith("Negative");
            assertThat(browser.text(By.id("sentiment-summary")))
                    .startsWith("Negative (-")
                    .contains("worse");
        } finally {
            request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": true, "sentimentEnabled": false}""");
        }
    }

    /** The admin's home, signing in when the session has not yet (the tests share one browser). */
    private static void openAdmin() {
        browser.driver.get(TestServer.APP + "/admin/");
        if (browser.driver.getCurrentUrl().contains("/admin/login.xhtml")) {
            browser.signInAsAdmin();
        }
        browser.visible(By.id("signed-in-user"));
    }

    /** Clicks a column's header, which sorts the table by it (again: the other way round). */
    private static void sortBy(String header) {
        browser.visible(By.xpath("//thead//th[.//span[normalize-space(text())='" + header + "']]"))
                .click();
    }

    /** Presses a button of the filter form and waits for the form to be rendered anew. */
    private static void press(String button) {
        WebElement pressed = browser.driver.findElement(By.id(button));
        pressed.click();
        browser.wait.until(ExpectedConditions.stalenessOf(pressed));
    }

    private static List<String> shortIds() {
        return browser.driver.findElements(ROWS).stream()
                .map(row -> row.findElement(By.xpath("td[1]")).getText())
                .toList();
    }

    private static List<WebElement> messageRows() {
        return browser.driver.findElements(By.xpath("//div[@id='conversation']//tbody/tr[td[4]]"));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.xpath("td")).stream()
                .map(cell -> cell.getText().trim())
                .toList();
    }

    private static JsonObject inbound(String from, String text, String extra) {
        TestServer.Reply reply =
                request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"%s}""".formatted(from, sender, text, extra));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
