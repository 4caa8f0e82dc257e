package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 15: on every editor, the engine's refusal is a sentence beside the input it concerns (not only on top of the
 * page), number inputs say their range in words, and a refused save stores nothing.
 */
class AdminRefusalsBrowserIT {

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-refusals-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("refusals-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @BrowserTest
    void theRouteEditorRefusesBesideTheNameAndTheQueue() throws IOException {
        browser.driver.get(TestServer.APP + "/admin/settings/routing.xhtml");
        browser.visible(By.id("routes:new")).click();
        browser.visible(By.id("editor:name")).clear();
        browser.driver.findElement(By.id("editor:save")).click();
        assertThat(beside("editor:name")).isEqualTo("Name must not be blank");

        String name = unique("Refused route");
        browser.visible(By.id("editor:name")).sendKeys(name);
        browser.driver.findElement(By.id("editor:save")).click();
        assertThat(beside("editor:queue")).isEqualTo("Destination queue is required");
        browser.screenshot("admin-refusal-route");
        assertThat(get(API + "/routes", supervisor).body()).doesNotContain(name);
    }

    @BrowserTest
    void theSlaEditorRefusesAnOutOfRangeTimeBesideItWithTheRange() throws IOException {
        browser.driver.get(TestServer.APP + "/admin/settings/sla.xhtml");
        browser.visible(By.id("policies:new")).click();
        String name = unique("Refused policy");
        WebElement input = browser.visible(By.id("editor:name"));
        input.clear();
        input.sendKeys(name);
        browser.visible(By.id("editor:severities:0:firstResponse")).sendKeys("999999");
        browser.driver.findElement(By.id("editor:save")).click();
        assertThat(beside("editor:severities:0:firstResponse"))
                .isEqualTo("First response of severity 1: enter a whole number of minutes from 1 to 525600");
        browser.screenshot("admin-refusal-sla");
        assertThat(get(API + "/sla-policies", supervisor).body()).doesNotContain(name);
    }

    @BrowserTest
    void theAgentEditorRefusesAWrapUpTimeOutOfRangeBesideIt() {
        String agentName = unique("Refused agent");
        TestServer.Reply created = TestServer.request(
                "POST", API + "/agents", supervisor, "application/json", """
                {"kind": "HUMAN", "username": "%s", "password": "correct-horse-battery", "name": "%s"}""".formatted(unique("refused"), agentName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long agentId = created.json().getJsonNumber("id").longValue();
        int before = wrapUp(agentId);

        browser.driver.get(TestServer.APP + "/admin/settings/agents.xhtml");
        browser.visible(By.id("agents:table:globalFilter")).sendKeys(agentName);
        // The table is drawn again per key typed: click the row once it stays.
        By row = By.xpath("//tbody[@id='agents:table_data']/tr[td[1][normalize-space()='" + agentName + "']]/td[1]");
        browser.wait.until(d -> {
            try {
                d.findElement(row).click();
                return d.findElement(By.id("edit:wrapUp")).isDisplayed();
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.NoSuchElementException notYet) {
                return false;
            }
        });
        // The editor may be drawn once more after the row's click: type into the input that stays.
        browser.wait.until(d -> {
            try {
                WebElement wrapUp = d.findElement(By.id("edit:wrapUp"));
                wrapUp.clear();
                wrapUp.sendKeys("5000");
                return "5000".equals(wrapUp.getAttribute("value"));
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return false;
            }
        });
        browser.driver.findElement(By.id("edit:save")).click();
        assertThat(beside("edit:wrapUp")).isEqualTo("Wrap-up time after calls: enter a whole number from 0 to 3600");
        assertThat(wrapUp(agentId)).isEqualTo(before);
    }

    @BrowserTest
    void theCapacityOfAnAgentOutOfRangeIsRefusedBesideItWithTheRange() {
        String agentName = unique("Capacity agent");
        TestServer.Reply created = TestServer.request(
                "POST", API + "/agents", supervisor, "application/json", """
                {"kind": "HUMAN", "username": "%s", "password": "correct-horse-battery", "name": "%s"}""".formatted(unique("refused"), agentName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long agentId = created.json().getJsonNumber("id").longValue();

        browser.driver.get(TestServer.APP + "/admin/settings/capacity.xhtml");
        browser.choose("agent:agentId", agentName);
        browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.id("agent:save")));
        WebElement chat = browser.visible(By.id("agent:agentLiveChat"));
        chat.clear();
        chat.sendKeys("1001");
        browser.driver.findElement(By.id("agent:save")).click();
        assertThat(beside("agent:agentLiveChat"))
                .isEqualTo("Capacity for Live Chat: enter a whole number from 0 to 1000, or leave it blank");
        JsonObject own =
                get(API + "/agents/" + agentId + "/capacity", supervisor).json();
        assertThat(own.isNull("LIVE_CHAT") || own.getInt("LIVE_CHAT") != 1001).isTrue();

        // Text that is no number says the same range (in the message drawn for this save, not the last one).
        WebElement shown = besideElement("agent:agentLiveChat");
        chat = browser.visible(By.id("agent:agentLiveChat"));
        chat.clear();
        chat.sendKeys("lots");
        browser.driver.findElement(By.id("agent:save")).click();
        browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(shown));
        assertThat(beside("agent:agentLiveChat"))
                .startsWith("Capacity for Live Chat: enter a whole number from 0 to 1000");
    }

    @BrowserTest
    void aRefusedInactivityTimeLeavesTheDefaultCapacitiesAsTheyWere() {
        int chat = get(API + "/capacity", supervisor).json().getInt("LIVE_CHAT");
        int minutes = get(API + "/capacity/inactivity", supervisor).json().getInt("minutes");
        browser.driver.get(TestServer.APP + "/admin/settings/capacity.xhtml");
        WebElement chatInput = browser.visible(By.id("defaults:liveChat"));
        chatInput.clear();
        chatInput.sendKeys(String.valueOf(chat == 1000 ? 999 : chat + 1));
        WebElement inactivity = browser.visible(By.id("defaults:inactivity"));
        inactivity.clear();
        inactivity.sendKeys("5000");
        browser.driver.findElement(By.id("defaults:save")).click();
        assertThat(beside("defaults:inactivity"))
                .isEqualTo("Offline after minutes without activity: enter a whole number from 1 to 1440");
        // Both or neither: the capacity typed beside it is not stored either.
        assertThat(get(API + "/capacity", supervisor).json().getInt("LIVE_CHAT"))
                .isEqualTo(chat);
        assertThat(get(API + "/capacity/inactivity", supervisor).json().getInt("minutes"))
                .isEqualTo(minutes);
    }

    @BrowserTest
    void aRightToLeftNameIsIsolatedInTheSavedMessage() throws IOException {
        String name =
                "תמיכה " + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        browser.driver.get(TestServer.APP + "/admin/settings/general.xhtml");
        browser.visible(By.id("tags:newTag")).sendKeys(name);
        browser.driver.findElement(By.id("tags:create")).click();
        // The name sits between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: the sentence keeps its order.
        WebElement info = browser.visible(By.xpath("//div[@id='messages']//li[contains(., 'created')]"));
        assertThat(info.getText()).isEqualTo("Tag '\u2068" + name + "\u2069' created");
        browser.screenshot("admin-rtl-message");
        assertThat(get(API + "/tags", supervisor).body()).contains(name);
    }

    /** A name another tag already has is refused beside the name's input, and no second tag is stored. */
    @BrowserTest
    void aTagNameTakenAlreadyIsRefusedBesideTheName() {
        String name = TestServer.unique("taken");
        assertThat(TestServer.request("POST", API + "/tags", supervisor, "application/json", """
                        {"name": "%s"}""".formatted(name))
                        .status())
                .isEqualTo(201);
        browser.driver.get(TestServer.APP + "/admin/settings/general.xhtml");
        browser.visible(By.id("tags:newTag")).sendKeys(name);
        browser.driver.findElement(By.id("tags:create")).click();
        assertThat(beside("tags:newTag")).isEqualTo("A tag named '" + name + "' exists");
        assertThat(get(API + "/tags", supervisor).body().split(java.util.regex.Pattern.quote(name), -1))
                .hasSize(2);
    }

    private static int wrapUp(long agentId) {
        return get(API + "/agents/" + agentId + "/status", supervisor).json().getInt("wrapUpSeconds", -1);
    }

    /** The refusal shown beside an input (its p:message), once it is there; read again if the form is redrawn. */
    private static String beside(String fieldId) {
        return browser.wait.until(d -> {
            try {
                return besideElement(fieldId).getText().trim();
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    private static WebElement besideElement(String fieldId) {
        return browser.visible(By.xpath(
                "//*[@id='" + fieldId + "']/following-sibling::*[contains(@class," + " 'ui-message-error')][1]"));
    }
}
