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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15, long lists: the SLA policy list reorders by dragging a row (as the route list does), and the breach report
 * sorts by its columns on the server (it is paged).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminListsBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-lists-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String manager;
    private static long senderId;
    private static long otherSenderId;
    private static final List<Long> breaching = new ArrayList<>();
    // The first breaching customer is angry, the second pleased: the report filters by sentiment.
    private static final List<String> WORDS = List.of(
            "This is terrible. Nobody answers and I am really angry! Worst service ever!",
            "Thank you so much, great help, everything works now :)");
    private static boolean sentimentWasOn;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("lists-admin"), "ACCOUNT_MANAGER"));
        manager = bearer(createApiKey(unique("lists-manager"), "MANAGER"));
        String sender = phone();
        senderId = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(sender)))
                .getInt("id");
        // The dragged policies cover another sender: moving them must not change which policy the breaching ones run
        // under.
        otherSenderId = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(phone())))
                .getInt("id");
        // Started first: two conversations whose one-minute first response breaches while the other test runs.
        // At the top, so no broader policy of another test comes first for these conversations.
        moveTo(policy(unique("Breach soon"), 1, senderId), 1);
        sentimentWasOn = switchSentiment(true);
        for (String words : WORDS) {
            breaching.add(created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                    {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(
                                    phone(), sender, words)))
                    .getJsonNumber("conversationId")
                    .longValue());
        }
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @AfterAll
    static void switchSentimentBack() {
        switchSentiment(sentimentWasOn);
    }

    /** Switches sentiment analysis on or off; returns whether it was on. */
    private static boolean switchSentiment(boolean on) {
        JsonObject before = get(API + "/settings", supervisor).json();
        TestServer.Reply reply = request(
                "PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": %s, "sentimentEnabled": %s}""".formatted(before.getBoolean("shortIdEnabled"), on));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return before.getBoolean("sentimentEnabled");
    }

    @BrowserTest
    @Order(1)
    void aPolicyIsDraggedAboveAnother() throws IOException {
        String first = unique("Drag first");
        String second = unique("Drag second");
        long firstId = policy(first, 30, otherSenderId);
        long secondId = policy(second, 30, otherSenderId);
        // Both on the first page: second at 1, then first at 1 (second at 2).
        moveTo(secondId, 1);
        moveTo(firstId, 1);

        browser.driver.get(TestServer.APP + "/admin/settings/sla.xhtml");
        WebElement from = browser.visible(row(second)).findElement(By.xpath("td[2]"));
        WebElement onto = browser.visible(row(first)).findElement(By.xpath("td[2]"));
        // jQuery UI's sortable wants a press, small moves, then the drop: one jump is not a drag.
        new Actions(browser.driver)
                .clickAndHold(from)
                .moveByOffset(0, -5)
                .moveToElement(onto)
                .moveByOffset(0, -onto.getSize().getHeight() / 2)
                .pause(Duration.ofMillis(200))
                .release()
                .perform();
        browser.visible(By.xpath("//div[@id='messages']//li[contains(normalize-space(), \"SLA policy '" + second
                + "' moved to position 1\")]"));
        assertThat(position(secondId)).isEqualTo(1);
        assertThat(position(firstId)).isEqualTo(2);
        assertThat(browser.visible(row(second)).findElement(By.xpath("td[1]")).getText())
                .isEqualTo("1");
        browser.screenshot("admin-sla-dragged");
    }

    @BrowserTest
    @Order(2)
    void theBreachReportSortsByItsColumnsOnTheServer() throws IOException {
        // Wait for both breaches (one-minute targets, found by their durable deadlines).
        new WebDriverWait(browser.driver, Duration.ofSeconds(240), Duration.ofSeconds(5)).until(d -> {
            return breaching.stream()
                    .allMatch(id -> get(API + "/conversations/" + id + "/sla", manager)
                                    .json()
                                    .getJsonArray("breaches")
                                    .size()
                            > 0);
        });
        browser.driver.get(TestServer.APP + "/admin/work/sla-breaches.xhtml");
        browser.visible(By.id("report:table"));

        List<Long> ascending = sortBy("Conversation", "ascending");
        List<Long> descending = sortBy("Conversation", "descending");
        // Sorted on the server: the newest conversations lead the first page, whatever page they were on.
        assertThat(descending.get(0))
                .isGreaterThanOrEqualTo(breaching.stream().max(Long::compare).orElseThrow());
        assertThat(ascending.get(0)).isLessThanOrEqualTo(descending.get(descending.size() - 1));

        // Another column: the table says so, and its page comes from the database in that order.
        sortedBy("Late by", "ascending");
        browser.screenshot("admin-sla-breaches-sorted");
    }

    // Issue 18: sentiment "is a condition and a filter (All Work, reports, workflows)"; the guide's bands: "-1 ; -0,35
    // -
    // Negative", "+0,35 ; +1 - Positive".
    @BrowserTest
    @Order(3)
    void theBreachReportFiltersBySentiment() throws IOException {
        long angry = breaching.get(0);
        long pleased = breaching.get(1);
        // Both breached (the test before waited for it); their customers' messages are scored just after intake.
        new WebDriverWait(browser.driver, Duration.ofSeconds(30), Duration.ofMillis(300))
                .until(d -> breaching.stream()
                        .allMatch(id -> !get(API + "/conversations/" + id + "/sentiment", manager)
                                .json()
                                .getJsonArray("messages")
                                .isEmpty()));
        browser.driver.get(TestServer.APP + "/admin/work/sla-breaches.xhtml");
        browser.visible(By.id("report:table"));
        assertThat(browser.visible(By.xpath("//label[starts-with(@for, 'filter:sentiment')]"))
                        .getText())
                .isEqualTo("Sentiment");

        browser.choose("filter:sentiment", "Negative");
        browser.driver.findElement(By.id("filter:search")).click();
        assertThat(shownOnceSettled(angry, pleased)).contains(angry).doesNotContain(pleased);
        browser.screenshot("admin-sla-breaches-sentiment");

        browser.choose("filter:sentiment", "Positive");
        browser.driver.findElement(By.id("filter:search")).click();
        assertThat(shownOnceSettled(pleased, angry)).contains(pleased).doesNotContain(angry);
    }

    /** The conversations the report shows once the search's answer has drawn one and not the other. */
    private static List<Long> shownOnceSettled(long expected, long unexpected) {
        return browser.wait.until(d -> {
            try {
                List<Long> ids = d.findElements(By.xpath("//tbody[@id='report:table_data']/tr/td[1]")).stream()
                        .map(c -> c.getText().trim())
                        .filter(text -> text.matches("\\d+"))
                        .map(Long::valueOf)
                        .toList();
                return ids.contains(expected) && !ids.contains(unexpected) ? ids : null;
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    /** Clicks the Conversation header until the table is sorted that way, then reads the conversations shown. */
    private static List<Long> sortBy(String column, String direction) {
        sortedBy(column, direction);
        return waitForOrder(direction.equals("ascending"));
    }

    /** Clicks a column's header until the table says it is sorted that way. */
    private static void sortedBy(String column, String direction) {
        browser.wait.until(d -> {
            try {
                if (direction.equals(header(column).getAttribute("aria-sort"))) {
                    return true;
                }
                header(column).click();
                // The table answers before the next look; a click on a header being redrawn is lost, so look again.
                Thread.sleep(700);
                return direction.equals(header(column).getAttribute("aria-sort"));
            } catch (StaleElementReferenceException redrawn) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        });
    }

    private static List<Long> waitForOrder(boolean ascending) {
        return browser.wait.until(d -> {
            try {
                List<Long> ids = d.findElements(By.xpath("//tbody[@id='report:table_data']/tr/td[1]")).stream()
                        .map(c -> Long.parseLong(c.getText().trim()))
                        .toList();
                if (ids.size() < 2) {
                    return null;
                }
                for (int i = 1; i < ids.size(); i++) {
                    int compared = Long.compare(ids.get(i - 1), ids.get(i));
                    if (ascending ? compared > 0 : compared < 0) {
                        return null;
                    }
                }
                return ids;
            } catch (StaleElementReferenceException | NumberFormatException redrawn) {
                return null;
            }
        });
    }

    private static WebElement header(String text) {
        return browser.visible(
                By.xpath("//thead[@id='report:table_head']//th[.//span[normalize-space()='" + text + "']]"));
    }

    private static By row(String name) {
        return By.xpath("//tbody[@id='policies:table_data']/tr[td[2][normalize-space()='" + name + "']]");
    }

    private static long policy(String name, int firstResponseMinutes, long toSender) {
        return created(request("POST", API + "/sla-policies", supervisor, JSON, """
                {
                    "name": "%s",
                    "conditions": {
                        "join": "AND",
                        "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%s"}]
                    },
                    "severities": [{"name": "Default", "firstResponseMinutes": %s, "resolutionMinutes": 600}]
                }""".formatted(
                                name, toSender, firstResponseMinutes)))
                .getJsonNumber("id")
                .longValue();
    }

    private static void moveTo(long policyId, int position) {
        TestServer.Reply moved = request(
                "PUT", API + "/sla-policies/" + policyId + "/position", supervisor, JSON, """
                {"position": %s}""".formatted(position));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private static int position(long policyId) {
        return get(API + "/sla-policies/" + policyId, supervisor).json().getInt("position");
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
