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
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The queues screen in the browser: create, rename, delete, and the refusals the service explains. */
class AdminQueuesBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-queues-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String gateway;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("queues-browser-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("queues-browser-gateway"), "GATEWAY", "MANAGER"));
        browser = SESSION.browser();
    }

    @BrowserTest
    void supervisorCreatesRenamesAndDeletesQueues() throws IOException {
        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("Queues")).click();
        WebElement defaultQueue = row("Default");
        assertThat(defaultQueue.getText()).contains("Default");
        assertThat(defaultQueue.findElements(By.xpath(".//button[.//span[text()='Delete']]")))
                .isEmpty();

        String named = unique("Billing");
        create(named);
        info("Queue '" + named + "' created");
        assertThat(activeConversations(named)).isEqualTo("0");

        create("");
        Matcher created = Pattern.compile("Queue '(Queue #\\d+)' created")
                .matcher(info("Queue 'Queue #").getText());
        assertThat(created.find()).isTrue();
        String unnamed = created.group(1);
        row(unnamed);
        browser.screenshot("admin-queues");

        String renamed = unique("VIP");
        rename(named, renamed);
        info("Queue renamed to '" + renamed + "'");
        row(renamed);
        rename(unnamed, renamed);
        error("A queue named '" + renamed + "' exists");
        row(unnamed);

        delete(unnamed);
        info("Queue '" + unnamed + "' deleted");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(rowLocator(unnamed)));

        long conversation = activeConversationIn(renamed);
        String bot = unique("Queue bot");
        long queueId = TestServer.get(API + "/queues", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("name").equals(renamed))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        assertThat(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "%s", "queueIds": [%s]}""".formatted(bot, queueId))
                        .status())
                .isEqualTo(201);
        browser.driver.navigate().refresh();
        assertThat(activeConversations(renamed)).isEqualTo("1");
        assertThat(row(renamed).findElement(By.xpath("td[4]")).getText()).isEqualTo(bot);
        assertThat(row("Default").findElement(By.xpath("td[4]")).getText()).isEqualTo("Every agent");
        delete(renamed);
        error("Queue '" + renamed + "' has 1 active conversation(s)");
        row(renamed);
        browser.screenshot("admin-queues-refused");

        TestServer.Reply closed =
                request("PUT", API + "/conversations/" + conversation + "/status", gateway, JSON, """
                {"status": "CLOSED"}""");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        browser.driver.navigate().refresh();
        assertThat(activeConversations(renamed)).isEqualTo("0");
        delete(renamed);
        info("Queue '" + renamed + "' deleted");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(rowLocator(renamed)));
    }

    private static void create(String name) {
        WebElement input = browser.visible(By.id("create:name"));
        input.clear();
        input.sendKeys(name);
        browser.driver.findElement(By.id("create:submit")).click();
    }

    private static void rename(String from, String to) {
        row(from).findElement(By.cssSelector(".ui-row-editor-pencil")).click();
        WebElement input = browser.wait.until(d -> {
            WebElement field = row(from).findElement(By.cssSelector(".ui-cell-editor-input input"));
            return field.isDisplayed() ? field : null;
        });
        input.clear();
        input.sendKeys(to);
        row(from).findElement(By.cssSelector(".ui-row-editor-check")).click();
    }

    private static void delete(String name) {
        row(name).findElement(By.xpath(".//button[.//span[text()='Delete']]")).click();
        browser.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
    }

    private static By rowLocator(String name) {
        return By.xpath("//tbody[@id='queues:table_data']/tr[td[1]//div[contains(@class, 'ui-cell-editor-output')]"
                + "[normalize-space()='" + name + "']]");
    }

    private static WebElement row(String name) {
        return browser.visible(rowLocator(name));
    }

    private static String activeConversations(String queueName) {
        return row(queueName).findElement(By.xpath("td[3]")).getText();
    }

    private static WebElement info(String text) {
        return message("ui-messages-info", text);
    }

    private static WebElement error(String text) {
        return message("ui-messages-error", text);
    }

    /** The page's message of that severity that contains the text, once it shows. */
    private static WebElement message(String severity, String text) {
        return browser.visible(By.xpath("//div[@id='messages']/div[contains(@class, '" + severity + "')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }

    // Through the API, as a channel gateway would: a customer writes in and the conversation moves to the queue.
    private static long activeConversationIn(String queueName) {
        String sender = phone();
        TestServer.Reply created = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(sender));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        TestServer.Reply received = request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Is my card blocked?"}""".formatted(phone(), sender));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        long conversation = received.json().getInt("conversationId");
        long queue = get(API + "/queues", gateway).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("name").equals(queueName))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        TestServer.Reply moved =
                request("PUT", API + "/conversations/" + conversation + "/queue", gateway, JSON, """
                {"queueId": %s}""".formatted(queue));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return conversation;
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
