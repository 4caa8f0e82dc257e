package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.APP;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An agent's day in the browser: My Work shows a conversation assigned to them as it happens (no reload), they read
 * it, reply (the gateway receives the reply through the outbox), send with Ctrl+Enter from the keyboard, tag it and
 * set it Solved, take a waiting one, and set their status from the header; another agent sees none of it.
 */
class AdminMyWorkBrowserIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-my-work-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String sender;
    private static long queue;
    private static String tag;
    private static String ana;
    private static long anaId;
    private static String ivo;
    private static HttpServer gateway;
    private static final List<String> delivered = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void agentsQueueAndGateway() throws IOException {
        supervisor = bearer(createApiKey(unique("my-work-admin"), "ACCOUNT_MANAGER"));
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/hook", exchange -> {
            delivered.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
        sender = phone();
        long senderId = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Parcel line"}""".formatted(sender)))
                .getInt("id");
        TestServer.Reply configured =
                request("PUT", API + "/senders/" + senderId + "/gateway", supervisor, JSON, """
                {"url": "http://127.0.0.1:%d/hook"}""".formatted(
                                gateway.getAddress().getPort()));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        queue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(unique("Parcels"))))
                .getInt("id");
        tag = unique("late-parcel");
        created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(tag)));
        ana = unique("ana");
        anaId = agent(ana, "[" + queue + "]");
        ivo = unique("ivo");
        agent(ivo, "[]");
        browser = SESSION.browser();
    }

    @AfterAll
    static void stopGateway() {
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    @Test
    void anAgentWorksAConversationInTheBrowserAndAnotherAgentCannotSeeIt() throws Exception {
        signIn(ana);
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "on"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("en");

        // A customer writes; a supervisor assigns it to Ana: it appears in her inbox without a reload.
        String customer = unique("Mara");
        long id = inbound(customer, "My parcel is late");
        inQueue(id);
        assign(id, anaId);
        new WebDriverWait(browser.driver, Duration.ofSeconds(2))
                .until(d -> inboxText().contains(customer));
        assertThat(inboxText()).contains("My parcel is late", "SMS");
        assertThat(browser.driver.findElements(By.cssSelector("#work\\:inbox .sb-unread")))
                .isNotEmpty();
        screenshot("my-work");

        // Ana opens it, reads it and replies; the gateway receives the reply through the outbox.
        browser.driver.findElement(By.linkText(customer)).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "My parcel is late"));
        browser.visible(By.id("composer:reply")).sendKeys("It leaves our depot today");
        WebElement send = browser.driver.findElement(By.id("composer:send"));
        send.click();
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "It leaves our depot today"));
        awaitDelivery("It leaves our depot today");

        // Keyboard only: focus the composer, type, Ctrl+Enter sends.
        WebElement reply = browser.visible(By.id("composer:reply"));
        reply.click();
        new Actions(browser.driver)
                .sendKeys("Tracking number follows")
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Tracking number follows"));
        awaitDelivery("Tracking number follows");

        // The customer writes again: it appears live in the open conversation.
        inboundFrom(id, "Thank you!");
        new WebDriverWait(browser.driver, Duration.ofSeconds(2))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Thank you!"));

        // A note, a tag, and Solved.
        browser.visible(By.id("composer:note")).sendKeys("Customer prefers SMS");
        browser.driver.findElement(By.id("composer:add-note")).click();
        browser.wait.until(
                d -> !d.findElements(By.cssSelector("#history .sb-entry-note")).isEmpty());
        chooseAndPress("actions:tag", tag, "actions:add-tag", By.id("side"), tag);
        assertThat(get(API + "/conversations/" + id, supervisor)
                        .json()
                        .getJsonArray("tags")
                        .toString())
                .contains(tag);
        chooseAndPress("actions:status", "Solved", "actions:set-status", By.id("conversation-status"), "Solved");
        assertThat(get(API + "/conversations/" + id, supervisor).json().getString("status"))
                .isEqualTo("SOLVED");
        screenshot("conversation-view");

        // A conversation waiting in Ana's queue: she takes it from My Work.
        String waiting = unique("Leo");
        long second = inbound(waiting, "Where is my refund?");
        inQueue(second);
        browser.driver.get(APP + "/admin/my-work.xhtml");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("work:takeable"), waiting));
        browser.driver
                .findElement(By.xpath("//tbody[@id='work:takeable_data']/tr[td[contains(., '" + waiting + "')]]"
                        + "//button[contains(@id, 'take')]"))
                .click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("work:inbox"), waiting));
        assertThat(get(API + "/conversations/" + second, supervisor)
                        .json()
                        .getJsonObject("assignee")
                        .getInt("id"))
                .isEqualTo((int) anaId);

        // The status menu in the header: Ana goes Available, then signs out, which sets her Offline.
        browser.wait.until(d -> {
            new Select(d.findElement(By.id("presence:status"))).selectByVisibleText("Available");
            return true;
        });
        browser.wait.until(
                d -> statusCode(anaId).equals("AVAILABLE") || statusCode(anaId).equals("FULL_CAPACITY"));
        browser.driver.findElement(By.id("session:logout")).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        assertThat(statusCode(anaId)).isEqualTo("OFFLINE");

        // Ivo works in none of Ana's queues: her conversation is neither in his work nor open to him.
        signIn(ivo);
        browser.visible(By.id("work:inbox"));
        assertThat(browser.driver.findElement(By.id("work:lists")).getText()).doesNotContain(customer);
        browser.driver.get(APP + "/admin/conversation.xhtml?id=" + id);
        assertThat(browser.visible(By.id("not-found")).getText()).contains("Conversation not found");
        assertThat(browser.driver.getPageSource()).doesNotContain("My parcel is late");
        browser.driver.findElement(By.id("session:logout")).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }

    /**
     * Chooses an option of a native select and presses the button beside it until the page shows the result: a live
     * notice may render the form anew meanwhile.
     */
    private static void chooseAndPress(String select, String option, String button, By result, String expected) {
        browser.wait.until(d -> {
            try {
                new Select(d.findElement(By.id(select))).selectByVisibleText(option);
                d.findElement(By.id(button)).click();
                return new WebDriverWait(d, Duration.ofSeconds(3))
                        .ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.textToBePresentInElementLocated(result, expected));
            } catch (StaleElementReferenceException | TimeoutException e) {
                return false;
            }
        });
    }

    private static void signIn(String username) {
        browser.driver.get(APP + "/admin/my-work.xhtml");
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.visible(By.id("login:username")).sendKeys(username);
        browser.driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("login:submit")).click();
        browser.visible(By.id("work:inbox"));
    }

    private static String inboxText() {
        return browser.driver.findElement(By.id("work:inbox")).getText();
    }

    private static String statusCode(long agentId) {
        return get(API + "/agents/" + agentId + "/status", supervisor)
                .json()
                .getJsonObject("status")
                .getString("systemCode", "");
    }

    private static void awaitDelivery(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (delivered.stream().noneMatch(body -> body.contains(text)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(delivered).as("requests the gateway received").anyMatch(body -> body.contains(text));
    }

    /** The screen as the docs show it (docs/ of the repository) and under target/screenshots. */
    private static void screenshot(String name) throws IOException {
        browser.screenshot(name);
        Path docs = Path.of("..", "docs");
        if (Files.isDirectory(docs)) {
            Files.copy(
                    Path.of("target", "screenshots", name + ".png"),
                    docs.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String lastCustomer;

    private static long inbound(String firstName, String text) {
        lastCustomer = phone();
        return created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s", "firstName": "%s"}""".formatted(
                                lastCustomer, sender, text, firstName)))
                .getInt("conversationId");
    }

    /** The customer of the latest conversation writes again (it threads into the open conversation). */
    private static void inboundFrom(long id, String text) {
        long threaded = created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(
                                lastCustomer, sender, text)))
                .getInt("conversationId");
        assertThat(threaded).isEqualTo(id);
    }

    /** Into this class's queue (automatic assignment off): anyone else assigned meanwhile leaves it. */
    private static void inQueue(long id) {
        TestServer.Reply moved =
                request("PUT", API + "/conversations/" + id + "/queue", supervisor, JSON, """
                {"queueId": %d}""".formatted(queue));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        TestServer.Reply unassigned = request("PUT", API + "/conversations/" + id + "/assignee", supervisor, JSON, """
                {"agentId": null}""");
        assertThat(unassigned.status()).as(unassigned.body()).isEqualTo(200);
    }

    private static void assign(long id, long agentId) {
        TestServer.Reply reply =
                request("PUT", API + "/conversations/" + id + "/assignee", supervisor, JSON, """
                {"agentId": %d}""".formatted(agentId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** A human agent with a password, Busy (new agents start Offline; Busy ones take direct assignments). */
    private static long agent(String username, String queueIds) {
        long id = created(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "%s", "queueIds": %s}""".formatted(
                                username, username, PASSWORD, queueIds)))
                .getInt("id");
        AgentStatusesInTests.setStatus(supervisor, id, "BUSY");
        return id;
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
