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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
    private static long senderId;
    private static final List<String> cleanUp = new CopyOnWriteArrayList<>();

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
        senderId = created(request("POST", API + "/senders", supervisor, JSON, """
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
        // Routes and SLA policies of this class match only its own senders; removed all the same.
        cleanUp.forEach(path -> request("DELETE", API + path, supervisor, null, null));
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    @BrowserTest
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
        chooseAndPress("actions:tag", tag, "actions:add-tag", By.cssSelector("#side .sb-tag"), tag);
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
     * The "Done when" as one day: the agent signs in and goes Available, a customer's message is routed and
     * assigned to her and appears live (unread), she reads it (the dot goes), replies (the gateway receives it), tags
     * and transfers it, solves the next one and signs out (Offline); the supervisor's dashboard, open in a second
     * browser, counts the messages as they arrive.
     */
    @BrowserTest
    void anAgentsWholeDayWhileTheSupervisorWatchesTheDashboard() throws Exception {
        long autoQueue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "ANY_AVAILABLE_AGENT"}""".formatted(unique("Day queue"))))
                .getInt("id");
        String otherQueue = unique("Billing");
        long billing = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(otherQueue)))
                .getInt("id");
        String daySender = phone();
        long daySenderId = routedSender(daySender, autoQueue);
        String dora = unique("dora");
        long doraId = agent(dora, "[" + autoQueue + "]");
        assertThat(billing).isPositive();

        try (AdminBrowser dashboard = AdminBrowser.start()) {
            try {
                dashboard.signInAsAdmin();
                dashboard.driver.get(APP + "/admin/work/dashboard.xhtml");
                long before = Long.parseLong(
                        dashboard.visible(By.id("dashboard:total-in")).getText().trim());
                ((JavascriptExecutor) dashboard.driver).executeScript("window.sbNotReloaded = true;");

                // Dora signs in and goes Available from the status menu.
                signIn(dora);
                browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "on"));
                chooseStatus("Available");
                browser.wait.until(d -> statusCode(doraId).equals("AVAILABLE"));

                // A customer writes: routed to Dora's queue, assigned to her, in her inbox without a reload, unread.
                String customer = unique("Nia");
                String phone = phone();
                long id = inboundTo(daySender, phone, customer, "Can I change my delivery address?");
                browser.wait.until(d -> inboxText().contains(customer));
                assertThat(unreadDot(customer)).isTrue();
                assertThat(get(API + "/conversations/" + id, supervisor)
                                .json()
                                .getJsonObject("assignee")
                                .getInt("id"))
                        .isEqualTo((int) doraId);

                // The supervisor's dashboard counted the message, without a reload.
                dashboard.wait.until(d -> Long.parseLong(d.findElement(By.id("dashboard:total-in"))
                                .getText()
                                .trim())
                        > before);
                assertThat(((JavascriptExecutor) dashboard.driver)
                                .executeScript("return window.sbNotReloaded === true;"))
                        .isEqualTo(true);

                // She reads it: back in My Work the dot is gone.
                browser.driver.findElement(By.linkText(customer)).click();
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("history"), "Can I change my delivery address?"));
                browser.driver.get(APP + "/admin/my-work.xhtml");
                browser.wait.until(d -> inboxText().contains(customer));
                assertThat(unreadDot(customer)).isFalse();

                // The customer writes again: the dot comes back live; reading it (open view) takes it away again.
                inboundTo(daySender, phone, null, "It is Main Street 5");
                browser.wait.until(d -> unreadDot(customer));
                browser.driver.findElement(By.linkText(customer)).click();
                browser.wait.until(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "It is Main Street 5"));
                // Open while the customer writes once more: the live update marks it read too.
                inboundTo(daySender, phone, null, "Thanks in advance");
                browser.wait.until(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Thanks in advance"));

                // She replies (the gateway receives it) and tags it.
                browser.visible(By.id("composer:reply")).sendKeys("Done, it goes to Main Street 5");
                browser.driver.findElement(By.id("composer:send")).click();
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("history"), "Done, it goes to Main Street 5"));
                awaitDelivery("Done, it goes to Main Street 5");
                chooseAndPress("actions:tag", tag, "actions:add-tag", By.cssSelector("#side .sb-tag"), tag);
                browser.driver.get(APP + "/admin/my-work.xhtml");
                browser.wait.until(d -> inboxText().contains(customer));
                assertThat(unreadDot(customer)).as("read while open").isFalse();

                // She transfers it to Billing, where she does not work: it leaves her work and she is back in My Work.
                browser.driver.findElement(By.linkText(customer)).click();
                browser.visible(By.id("actions:transfer"));
                browser.wait.until(d -> {
                    new Select(d.findElement(By.id("actions:queue"))).selectByVisibleText(otherQueue);
                    d.findElement(By.id("actions:transfer")).click();
                    return true;
                });
                browser.wait.until(ExpectedConditions.urlContains("/admin/my-work.xhtml"));
                assertThat(browser.visible(By.id("transferred")).getText()).contains("Transferred");
                assertThat(inboxText()).doesNotContain(customer);
                TestServer.Reply transferred = get(API + "/conversations/" + id, supervisor);
                assertThat(transferred.json().getJsonObject("queue").getInt("id"))
                        .isEqualTo((int) billing);

                // The next customer: assigned to her, solved.
                String next = unique("Oto");
                long second = inboundTo(daySender, phone(), next, "Is the shop open on Sunday?");
                browser.wait.until(d -> inboxText().contains(next));
                browser.driver.findElement(By.linkText(next)).click();
                browser.visible(By.id("composer:reply")).sendKeys("Yes, from 10 to 14");
                browser.driver.findElement(By.id("composer:send")).click();
                awaitDelivery("Yes, from 10 to 14");
                chooseAndPress(
                        "actions:status", "Solved", "actions:set-status", By.id("conversation-status"), "Solved");
                assertThat(get(API + "/conversations/" + second, supervisor)
                                .json()
                                .getString("status"))
                        .isEqualTo("SOLVED");

                // The dashboard saw all four customer messages.
                dashboard.wait.until(d -> Long.parseLong(d.findElement(By.id("dashboard:total-in"))
                                .getText()
                                .trim())
                        >= before + 4);

                // She signs out: Offline.
                browser.driver.findElement(By.id("session:logout")).click();
                browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
                assertThat(statusCode(doraId)).isEqualTo("OFFLINE");
                assertThat(daySenderId).isPositive();
            } catch (RuntimeException | AssertionError failed) {
                // The dashboard's own screen and source, beside the agent's (saved by the extension).
                dashboard.saveFailure("admin-dashboard-failure");
                throw failed;
            }
        }
    }

    /**
     * The SLA countdown counts down on the page every second, turning amber then red and "breached by" without any
     * live notice; the page's activity heartbeat reaches the server.
     */
    @BrowserTest
    void theSlaCountdownTicksInThePageAndTheHeartbeatRecordsActivity() throws Exception {
        String slaSender = phone();
        long slaSenderId = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "One-minute line"}""".formatted(slaSender)))
                .getInt("id");
        long policy = created(request("POST", API + "/sla-policies", supervisor, JSON, """
                {
                    "name": "%s",
                    "conditions": {"join": "AND", "conditions": [
                        {"attribute": "conversation.to", "operator": "IS", "value": "%s"}]},
                    "severities": [{"name": "Default", "firstResponseMinutes": 1}]
                }""".formatted(
                                unique("One minute"), slaSenderId)))
                .getInt("id");
        cleanUp.add("/sla-policies/" + policy);
        String eva = unique("eva");
        long evaId = agent(eva, "[" + queue + "]");
        String customer = unique("Pia");
        long id = created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Hurry please", "firstName": "%s"}""".formatted(
                                phone(), slaSender, customer)))
                .getInt("conversationId");
        inQueue(id);
        assign(id, evaId);

        signIn(eva);
        long pageOpened = System.nanoTime();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("window.sbNotReloaded = true;");
        // The page's rule is the server's (SlaCountdown): a one-hour target at 40, 30 and 15 minutes left, and late.
        assertThat(js.executeScript("var f = window.sbSlaCountdown;"
                        + " return [f(3600000, 3600, 1200000), f(3600000, 3600, 1800000), f(3600000, 3600, 2700000),"
                        + " f(3600000, 3600, 3610000)].map(function (c) { return c.level + ':' + c.text; });"))
                .isEqualTo(List.of("ok:40m left", "amber:30m left", "red:15m left", "breached:breached by 10s"));

        By clock = By.xpath(
                "//tbody[@id='work:inbox_data']/tr[td[contains(., '" + customer + "')]]" + "//span[@data-sla-due]");
        WebElement countdown = browser.visible(clock);
        // The same element counts down: no render from the server in between (a render would make it stale).
        WebDriverWait ticking = new WebDriverWait(browser.driver, Duration.ofSeconds(70));
        ticking.until(d -> countdown.getText().endsWith("s left"));
        String first = countdown.getText();
        ticking.until(
                d -> !countdown.getText().equals(first) && countdown.getText().endsWith("s left"));
        ticking.until(d -> countdown.getAttribute("class").equals("sb-sla-amber"));
        ticking.until(d -> countdown.getAttribute("class").equals("sb-sla-red"));
        ticking.until(d -> d.findElement(clock).getText().startsWith("breached by"));
        assertThat(browser.driver.findElement(clock).getAttribute("class")).isEqualTo("sb-sla-breached");
        assertThat(js.executeScript("return window.sbNotReloaded === true;")).isEqualTo(true);

        // A minute has passed since the page opened: the next keystroke sends the heartbeat, the server records it.
        Instant before = lastActivity(evaId);
        // The page beats at most once a minute from its opening; a slow machine may get here sooner.
        long sinceOpened = Duration.ofNanos(System.nanoTime() - pageOpened).toMillis();
        Thread.sleep(Math.max(1100, 61_000 - sinceOpened));
        new Actions(browser.driver).sendKeys(Keys.SHIFT).perform();
        browser.driver.findElement(By.id("inbox-heading")).click();
        browser.wait.until(d -> lastActivity(evaId).isAfter(before));

        browser.driver.findElement(By.id("session:logout")).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }

    /**
     * Queue sounds play for a new conversation where the queue's setting enables them and not where it does not; the
     * status menu shows the call state; My Work and the conversation view are usable at 768 px wide.
     */
    @BrowserTest
    void queueSoundsCallStateAndTabletWidth() throws Exception {
        long loud = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(unique("Loud"))))
                .getInt("id");
        long quiet = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(unique("Quiet"))))
                .getInt("id");
        String fay = unique("fay");
        long fayId = agent(fay, "[" + loud + ", " + quiet + "]");
        notifications(loud, true);
        notifications(quiet, false);
        String loudSender = phone();
        routedSender(loudSender, loud);
        String quietSender = phone();
        routedSender(quietSender, quiet);

        signIn(fay);
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "on"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("window.sbBeeps = []; var play = window.sbBeep;"
                + " window.sbBeep = function (kind) { window.sbBeeps.push(kind); play(kind); };");

        // The quiet queue: the list shows it live, and no sound played.
        String hushed = unique("Quinn");
        inboundTo(quietSender, phone(), hushed, "No rush");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("work:takeable"), hushed));
        Thread.sleep(500);
        assertThat(js.executeScript("return window.sbBeeps.length;")).isEqualTo(0L);

        // The loud queue: the new conversation sounds.
        String heard = unique("Lia");
        long loudId = inboundTo(loudSender, phone(), heard, "Hello?");
        browser.wait.until(d -> ((List<?>) js.executeScript("return window.sbBeeps;")).contains("NEW_CONVERSATION"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("work:takeable"), heard));

        // The call state in the status menu, live (no reload): ringing, in a call, wrapping up with the time left.
        js.executeScript("window.sbNotReloaded = true;");
        callState(fayId, """
                {"voiceState": "RINGING"}""");
        browser.wait.until(ExpectedConditions.textToBe(By.id("presence:call-state"), "Ringing"));
        callState(fayId, """
                {"voiceState": "IN_CALL"}""");
        browser.wait.until(ExpectedConditions.textToBe(By.id("presence:call-state"), "In a call"));
        callState(fayId, """
                {"voiceState": "WRAPPING", "wrapUpSeconds": 120}""");
        browser.wait.until(ExpectedConditions.textMatches(
                By.id("presence:call-state"), Pattern.compile("Wrapping up · \\d+ s left")));
        // The seconds count down on the page.
        String wrapping =
                browser.driver.findElement(By.id("presence:call-state")).getText();
        browser.wait.until(d -> {
            String now = d.findElement(By.id("presence:call-state")).getText();
            return now.matches("Wrapping up · \\d+ s left") && !now.equals(wrapping);
        });
        callState(fayId, """
                {"voiceState": "IDLE"}""");
        browser.wait.until(d -> d.findElements(By.id("presence:call-state")).isEmpty());
        assertThat(js.executeScript("return window.sbNotReloaded === true;")).isEqualTo(true);

        // 768 px wide: no sideways scrolling of the page; the status menu and the composer are within reach.
        Dimension wide = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new Dimension(768, 900));
            browser.driver.get(APP + "/admin/my-work.xhtml");
            browser.visible(By.id("work:inbox"));
            assertThat(pageScrollsSideways(js)).isFalse();
            assertThat(withinWidth(js, browser.visible(By.id("presence:status"))))
                    .isTrue();
            browser.driver.get(APP + "/admin/conversation.xhtml?id=" + loudId);
            WebElement reply = browser.visible(By.id("composer:reply"));
            assertThat(pageScrollsSideways(js)).isFalse();
            js.executeScript("arguments[0].scrollIntoView({block: 'center'});", reply);
            assertThat(withinWidth(js, reply)).isTrue();
            assertThat(withinWidth(js, browser.driver.findElement(By.id("composer:send"))))
                    .isTrue();
            // Keyboard: the status menu takes focus and a choice.
            WebElement status = browser.driver.findElement(By.id("presence:status"));
            js.executeScript("arguments[0].focus();", status);
            assertThat(browser.driver.switchTo().activeElement()).isEqualTo(status);
        } finally {
            browser.driver.manage().window().setSize(wide);
        }
        browser.driver.findElement(By.id("session:logout")).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }

    private static Instant lastActivity(long agentId) {
        String at =
                get(API + "/agents/" + agentId + "/status", supervisor).json().getString("lastActivityAt", null);
        return at == null ? Instant.EPOCH : Instant.parse(at);
    }

    private static boolean pageScrollsSideways(JavascriptExecutor js) {
        return (Boolean)
                js.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    private static boolean withinWidth(JavascriptExecutor js, WebElement element) {
        Map<?, ?> box = (Map<?, ?>) js.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right,"
                        + " width: document.documentElement.clientWidth};",
                element);
        return ((Number) box.get("left")).doubleValue() >= 0
                && ((Number) box.get("right")).doubleValue() <= ((Number) box.get("width")).doubleValue();
    }

    private static void callState(long agentId, String body) {
        TestServer.Reply reply = request("PUT", API + "/agents/" + agentId + "/call-state", supervisor, JSON, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static void notifications(long queueId, boolean newConversation) {
        TestServer.Reply reply = request(
                "PUT", API + "/queues/" + queueId + "/notifications", supervisor, JSON, """
                {"newConversation": %s, "newMessage": false}""".formatted(newConversation));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** A sender whose conversations a route sends to the queue; its replies go to this class's gateway. */
    private static long routedSender(String address, long queueId) {
        long id = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "%s"}""".formatted(address, unique("Line"))))
                .getInt("id");
        TestServer.Reply configured =
                request("PUT", API + "/senders/" + id + "/gateway", supervisor, JSON, """
                {"url": "http://127.0.0.1:%d/hook"}""".formatted(
                                gateway.getAddress().getPort()));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        long route = created(
                        request("POST", API + "/routes", supervisor, JSON, """
                {"name": "%s", "queueId": %d, "priority": "NORMAL", "conditions": {"join": "AND", "conditions": [
                    {"attribute": "conversation.to", "operator": "IS", "value": "%d"}]}}""".formatted(unique("Route"), queueId, id)))
                .getInt("id");
        cleanUp.add("/routes/" + route);
        return id;
    }

    /** A customer's message to one of the business's numbers; the first name only when given. */
    private static long inboundTo(String to, String from, String firstName, String text) {
        String name = firstName == null ? "" : ", \"firstName\": \"" + firstName + "\"";
        return created(request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"%s}""".formatted(from, to, text, name)))
                .getInt("conversationId");
    }

    private static boolean unreadDot(String customer) {
        return !browser.driver
                .findElements(By.xpath("//tbody[@id='work:inbox_data']/tr[td[contains(., '" + customer + "')]]"
                        + "//span[contains(@class, 'sb-unread')]"))
                .isEmpty();
    }

    private static void chooseStatus(String label) {
        browser.wait.until(d -> {
            new Select(d.findElement(By.id("presence:status"))).selectByVisibleText(label);
            return true;
        });
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
        if (!browser.driver.getCurrentUrl().contains("/admin/login.xhtml")) {
            // A test that failed before signing out left someone signed in.
            browser.visible(By.id("session:logout")).click();
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        }
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
