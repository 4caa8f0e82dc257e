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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The waiting strategies screen: a messaging strategy saved from the form, a refused one, and the outbox screen. */
class AdminWaitingStrategiesBrowserIT {

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-waiting-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("waiting-browser-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @BrowserTest
    void supervisorSavesAMessagingStrategyFromTheForm() throws IOException {
        String address = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        TestServer.Reply sender =
                request("POST", API + "/senders", supervisor, "application/json", """
                {"channel": "SMS", "address": "%s"}""".formatted(address));
        assertThat(sender.status()).as(sender.body()).isEqualTo(201);

        browser.driver.get(TestServer.APP + "/admin/");
        browser.visible(By.linkText("Waiting strategies")).click();
        browser.choose("tabs:messaging:sender", "SMS " + address);
        String name = unique("Evening wait");
        type("tabs:messaging:name", name);

        // Nothing enabled: the guide's rule is explained and nothing is stored.
        browser.driver.findElement(By.id("tabs:messaging:save")).click();
        error("enable at least one message");

        toggle("tabs:messaging:welcome-enabled");
        type("tabs:messaging:welcome-text", "Hi! An agent will answer soon.");
        toggle("tabs:messaging:max-wait-enabled");
        type("tabs:messaging:max-wait-text", "Sorry, nobody is free. Please write again later.");
        type("tabs:messaging:max-wait", "61");
        browser.driver.findElement(By.id("tabs:messaging:save")).click();
        // Beside the input, with the range in words; and nothing is stored.
        assertThat(browser.visible(By.xpath("//*[@id='tabs:messaging:max-wait']/following-sibling::*"
                                + "[contains(@class, 'ui-message-error')][1]"))
                        .getText())
                .isEqualTo("Maximum wait: enter a whole number from 1 to 60");
        assertThat(get(API + "/waiting-strategies", supervisor).body()).doesNotContain(name);

        type("tabs:messaging:max-wait", "45");
        browser.driver.findElement(By.id("tabs:messaging:save")).click();
        browser.visible(By.xpath(
                "//div[@id='messages']//li[contains(normalize-space(), \"Waiting strategy '" + name + "' created\")]"));
        WebElement row = browser.visible(
                By.xpath("//tbody[@id='tabs:messaging-list:table_data']/tr[td[1][text()='" + name + "']]"));
        assertThat(row.getText()).contains(address).contains("Welcome").contains("closes after 45 min");
        browser.screenshot("admin-waiting-strategies");

        JsonObject stored =
                get(API + "/waiting-strategies", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getString("name").equals(name))
                        .findFirst()
                        .orElseThrow();
        assertThat(stored.getJsonObject("maxWait").getInt("minutes")).isEqualTo(45);
        assertThat(stored.getJsonObject("welcome").getString("text")).isEqualTo("Hi! An agent will answer soon.");

        // Changed in place: the form takes the strategy, its sender stays.
        row.findElement(By.xpath(".//button[.//span[text()='Edit']]")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("tabs:messaging:name"), "value", name));
        type("tabs:messaging:max-wait", "30");
        browser.driver.findElement(By.id("tabs:messaging:save")).click();
        browser.visible(By.xpath(
                "//div[@id='messages']//li[contains(normalize-space(), \"Waiting strategy '" + name + "' saved\")]"));
        row = browser.visible(
                By.xpath("//tbody[@id='tabs:messaging-list:table_data']/tr[td[1][text()='" + name + "']]"));
        assertThat(row.getText()).contains("closes after 30 min");
        assertThat(get(API + "/waiting-strategies", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getString("name").equals(name))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("maxWait")
                        .getInt("minutes"))
                .isEqualTo(30);

        row.findElement(By.xpath(".//button[.//span[text()='Delete']]")).click();
        browser.visible(By.id("confirm:yes")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//tbody[@id='tabs:messaging-list:table_data']/tr[td[1][text()='" + name + "']]")));
    }

    @BrowserTest
    void theOutboxScreenCountsEntriesPerState() throws IOException {
        browser.driver.get(TestServer.APP + "/admin/");
        browser.visible(By.linkText("Outbox")).click();
        assertThat(browser.visible(By.id("outbox:pending")).getText()).startsWith("Pending: ");
        assertThat(browser.visible(By.id("outbox:dead")).getText()).startsWith("Dead: ");
        browser.visible(By.id("outbox:dead-letters"));
        browser.screenshot("admin-outbox");
    }

    private static void type(String id, String text) {
        WebElement input = browser.visible(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void toggle(String id) {
        browser.visible(By.cssSelector("[id='" + id + "'] .ui-toggleswitch-slider"))
                .click();
    }

    private static void error(String text) {
        browser.visible(By.xpath("//div[@id='messages']/div[contains(@class, 'ui-messages-error')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }
}
