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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The agents screen in the browser: the enabled filter, an agent's details edited, a new bot. */
class AdminAgentsBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-agents-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("agents-browser-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
    }

    @BrowserTest
    void supervisorDisablesAnAgentAndCreatesABot() throws IOException {
        String queue = unique("Sales");
        TestServer.Reply createdQueue = request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(queue));
        assertThat(createdQueue.status()).as(createdQueue.body()).isEqualTo(201);
        long queueId = createdQueue.json().getInt("id");
        String name = unique("Marta");
        String username = unique("marta");
        TestServer.Reply createdAgent =
                request("POST", API + "/agents", supervisor, JSON, """
                {
                    "kind": "HUMAN",
                    "username": "%s",
                    "password": "correct-horse-battery",
                    "name": "%s",
                    "title": "Team lead",
                    "queueIds": [%s]
                }""".formatted(username, name, queueId));
        assertThat(createdAgent.status()).as(createdAgent.body()).isEqualTo(201);
        long agentId = createdAgent.json().getInt("id");

        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("Agents")).click();
        assertThat(cells(row(name))).containsExactly(name, "Human", username, "Team lead", "Yes", queue);
        browser.choose("agents:enabled", "Disabled");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(rowLocator(name)));
        browser.choose("agents:enabled", "Enabled");
        row(name).findElement(By.xpath("td[1]")).click();
        assertThat(browser.visible(By.id("edit:name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.driver.findElement(By.id("edit:title")).getAttribute("value"))
                .isEqualTo("Team lead");
        assertThat(browser.driver.findElement(By.id("agent-username")).getText())
                .isEqualTo(username);
        assertThat(browser.driver.findElement(By.id("agent-status")).getText()).matches(".+ \\([A-Z][a-z ]+\\)");
        assertThat(browser.driver.findElement(By.id("agent-load")).getText())
                .matches("Live Messaging 0/\\d+, Live Chat 0/\\d+, Email 0/\\d+, Voice 0/1");
        browser.screenshot("admin-agents");

        browser.driver
                .findElement(By.cssSelector("[id='edit:enabled'] .ui-chkbox-box"))
                .click();
        browser.driver.findElement(By.id("edit:save")).click();
        info("Agent '" + name + "' saved");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(rowLocator(name)));
        JsonObject disabled = get(API + "/agents/" + agentId, supervisor).json();
        assertThat(disabled.getBoolean("enabled")).isFalse();
        assertThat(disabled.getJsonArray("queueIds").getJsonNumber(0).longValue())
                .isEqualTo(queueId);
        browser.choose("agents:enabled", "Disabled");
        assertThat(cells(row(name)).get(4)).isEqualTo("No");

        browser.choose("agents:enabled", "All agents");
        String bot = unique("Helper bot");
        browser.visible(By.id("create:name")).sendKeys(bot);
        browser.tick("create:queues", queue);
        browser.driver.findElement(By.id("create:submit")).click();
        info("Bot '" + bot + "' created");
        assertThat(cells(row(bot))).containsExactly(bot, "Bot", "", "", "Yes", queue);
        assertThat(browser.visible(By.id("edit:name")).getAttribute("value")).isEqualTo(bot);
        browser.screenshot("admin-agents-bot");
        List<JsonObject> bots = get(API + "/agents", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(bot))
                .toList();
        assertThat(bots).singleElement().satisfies(a -> {
            assertThat(a.getString("kind")).isEqualTo("BOT");
            assertThat(a.getJsonArray("queueIds").getJsonNumber(0).longValue()).isEqualTo(queueId);
        });
    }

    private static By rowLocator(String name) {
        return By.xpath("//tbody[@id='agents:table_data']/tr[td[1][normalize-space()='" + name + "']]");
    }

    private static WebElement row(String name) {
        return browser.visible(rowLocator(name));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.xpath("td")).stream()
                .map(cell -> cell.getText().trim())
                .toList();
    }

    private static WebElement info(String text) {
        return browser.visible(By.xpath("//div[@id='messages']/div[contains(@class, 'ui-messages-info')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }
}
