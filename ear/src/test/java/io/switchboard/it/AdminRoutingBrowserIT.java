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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The routing screen: create a route with the condition editor, reorder, disable, test the route set. */
class AdminRoutingBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-routing-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static long sender;
    private static String senderLabel;
    private static String queueName;
    private static long firstRoute;
    private static String firstRouteName;

    @BeforeAll
    static void setUp() throws IOException {
        supervisor = bearer(createApiKey(unique("routing-browser-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
        String address = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        String senderName = unique("Routing line");
        sender = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "%s"}""".formatted(address, senderName)))
                .getInt("id");
        senderLabel = senderName + " (" + address + ")";
        queueName = unique("Routed");
        long queue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(queueName)))
                .getInt("id");
        firstRouteName = unique("Through API");
        firstRoute = created(request(
                        "POST", API + "/routes", supervisor, JSON, """
                {
                    "name": "%s",
                    "queueId": %s,
                    "conditions": {
                        "join": "AND",
                        "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%s"}]
                    }
                }""".formatted(firstRouteName, queue, sender)))
                .getInt("id");
    }

    @AfterAll
    static void deleteRoutes() {
        get(API + "/routes", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("queueName").equals(queueName))
                .forEach(r -> request("DELETE", API + "/routes/" + r.getInt("id"), supervisor, null, null));
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    @BrowserTest
    void supervisorCreatesReordersDisablesAndTestsRoutes() throws IOException {
        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("Routing")).click();
        browser.showAllRows("routes:table");
        row(firstRouteName);

        // A new route through the editor: the attribute decides the operators and the value input.
        browser.visible(By.id("routes:new")).click();
        String name = unique("Through screen");
        browser.visible(By.id("editor:name")).sendKeys(name);
        browser.choose("editor:queue", queueName);
        browser.choose("editor:priority", "Urgent");
        browser.choose("editor:conditions:0:attribute", "Person › Birth date");
        browser.visible(By.id("editor:conditions:0:date_input"));
        browser.choose("editor:conditions:0:operator", "before or on");
        browser.choose("editor:conditions:0:attribute", "Conversation › To");
        browser.visible(By.id("editor:conditions:0:choice"));
        assertThat(browser.driver.findElements(By.xpath("//select[@id='editor:conditions:0:operator_input']/option")))
                .extracting(e -> e.getAttribute("textContent"))
                .containsExactly("is", "is not");
        browser.choose("editor:conditions:0:choice", senderLabel);
        browser.screenshot("admin-routing-editor");
        browser.driver.findElement(By.id("editor:save")).click();
        message("ui-messages-info", "Route '" + name + "' saved");
        assertThat(row(name).getText())
                .contains("To is " + senderLabel)
                .doesNotContain("conversation.to")
                .contains(queueName)
                .contains("Urgent");
        JsonObject stored = route(name);
        assertThat(stored.getInt("position")).isGreaterThan(position(firstRoute));

        // Move it above the first one (the keyboard's way; dragging a row calls the same reorder).
        row(name).findElement(By.xpath(".//button[.//span[text()='Up']]")).click();
        message("ui-messages-info", "Route '" + name + "' moved to position");
        assertThat(route(name).getInt("position")).isLessThan(position(firstRoute));
        browser.screenshot("admin-routing");

        // Disable it: the route set test now answers the first route.
        row(name).findElement(By.cssSelector(".ui-toggleswitch-slider")).click();
        message("ui-messages-info", "Route '" + name + "' disabled");
        assertThat(route(name).getBoolean("enabled")).isFalse();
        browser.choose("test:sender", senderLabel);
        browser.driver.findElement(By.id("test:run")).click();
        assertThat(browser.visible(By.id("test-result")).getText())
                .contains("Route '" + firstRouteName + "' matches")
                .contains(queueName);

        // The queues screen lists the routes that lead to the queue.
        browser.driver.findElement(By.linkText("Queues")).click();
        assertThat(browser.visible(By.xpath(
                                "//tbody[@id='queues:table_data']/tr[td[1][contains(., '" + queueName + "')]]/td[5]"))
                        .getText())
                .contains(firstRouteName)
                .contains(name);
    }

    private static JsonObject route(String name) {
        return get(API + "/routes", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static int position(long id) {
        return get(API + "/routes/" + id, supervisor).json().getInt("position");
    }

    private static WebElement row(String name) {
        return browser.visible(
                By.xpath("//tbody[@id='routes:table_data']/tr[td[2][normalize-space()='" + name + "']]"));
    }

    private static void message(String severity, String text) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[@id='messages']/div[contains("
                + "@class, '" + severity + "')]//li[contains(normalize-space(), \"" + text + "\")]")));
    }
}
