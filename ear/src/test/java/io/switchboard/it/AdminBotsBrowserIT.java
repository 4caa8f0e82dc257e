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

/**
 * Settings › Bots (issue 19): a supervisor connects a bot through the screen, a refusal appears beside the field in
 * words and the form keeps what was typed, and the list finds the bot by search.
 */
class AdminBotsBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-bots-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void setUp() throws IOException {
        supervisor = bearer(createApiKey(unique("bots-screen-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @BrowserTest
    void supervisorConnectsABotAndFindsItInTheList() {
        String address = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        assertThat(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(address))
                        .status())
                .isEqualTo(201);
        browser.driver.get(TestServer.APP + "/admin/");
        browser.visible(By.id("signed-in-user"));
        browser.driver.findElement(By.linkText("Bots")).click();

        String name = unique("Order bot");
        browser.visible(By.id("bot:name")).sendKeys(name);
        browser.driver.findElement(By.id("bot:url")).sendKeys("ftp://bots.example.com/hook");
        browser.visible(By.id("bot:sender")).click();
        browser.visible(By.xpath("//div[@id='bot:sender_panel']//li[contains(@data-label, '" + address + "')]"))
                .click();
        browser.settle();
        WebElement timeout = browser.driver.findElement(By.id("bot:timeout_input"));
        timeout.sendKeys("15");
        browser.driver.findElement(By.id("bot:save")).click();
        browser.settle();

        // The refusal beside the URL, in words; what was typed stays.
        assertThat(browser.text(
                        By.xpath("//*[@id='bot:url']/following-sibling::*[contains(@class, 'ui-message-error')][1]")))
                .startsWith("Bot URL");
        assertThat(browser.driver.findElement(By.id("bot:name")).getAttribute("value"))
                .isEqualTo(name);

        WebElement url = browser.driver.findElement(By.id("bot:url"));
        url.clear();
        url.sendKeys("http://127.0.0.1:9/hook");
        browser.driver.findElement(By.id("bot:save")).click();
        browser.visible(By.xpath("//div[@id='messages']//li[contains(normalize-space(), 'connected')]"));
        assertThat(browser.driver.findElement(By.id("bot:secretValue")).getAttribute("value"))
                .isNotBlank();

        JsonObject saved = get(API + "/bots?q=" + name.replace(' ', '+'), supervisor)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(saved.getString("name")).isEqualTo(name);
        assertThat(saved.getString("senderAddress")).isEqualTo(address);
        assertThat(saved.getString("sessionTimeout")).isEqualTo("PT15M");
        assertThat(saved.getBoolean("historyVisible")).isTrue();

        browser.driver.findElement(By.id("bots:table:globalFilter")).sendKeys(name);
        browser.settle();
        assertThat(browser.text(By.id("bots:table")))
                .contains(name)
                .contains("15 minutes")
                .contains("Active");
    }
}
