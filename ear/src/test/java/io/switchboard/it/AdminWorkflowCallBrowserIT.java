package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 16, the editor's Call API action: a supervisor picks "Call an API", fills method, address, headers and body
 * in fields labelled in words; an address that is not http(s) is refused beside it and nothing is stored; the saved
 * call reads back in the list and through the API as written. The workflow acts only on this test's own sender.
 */
class AdminWorkflowCallBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-workflow-call-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String senderLabel;
    private static String name;
    private static String mailName;

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("workflow-call-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
        String address = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        String senderName = unique("Call line");
        TestServer.Reply sender =
                request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "%s"}""".formatted(address, senderName));
        assertThat(sender.status()).as(sender.body()).isEqualTo(201);
        senderLabel = senderName + " (" + address + ")";
        name = unique("Tell the CRM");
        mailName = unique("Mail the team");
    }

    @AfterAll
    static void deleteWorkflow() {
        get(API + "/workflows", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w ->
                        w.getString("name").equals(name) || w.getString("name").equals(mailName))
                .forEach(w -> request("DELETE", API + "/workflows/" + w.getInt("id"), supervisor, null, null));
    }

    /** Guide: Call API "consists of the following parameters: Method, URL, Content type, Headers, Body". */
    @BrowserTest
    void supervisorWritesACallApiAction() throws java.io.IOException {
        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("Workflows")).click();
        browser.visible(By.id("workflows:new")).click();
        browser.visible(By.id("editor:name")).sendKeys(name);
        browser.choose("editor:triggers:0:type", "Customer message received");
        browser.choose("editor:conditions:0:attribute", "Conversation › To");
        browser.choose("editor:conditions:0:choice", senderLabel);
        assertThat(options("editor:actions:0:type")).contains("Call an API", "Message on Slack", "Fill in form fields");
        browser.choose("editor:actions:0:type", "Call an API");
        browser.visible(By.id("editor:actions:0:callUrl")).sendKeys("ftp://crm.example.com/people");
        assertThat(options("editor:actions:0:contentType")).contains("JSON", "Plain text", "URL-encoded form");
        browser.choose("editor:actions:0:method", "PUT");
        browser.visible(By.id("editor:actions:0:headers")).sendKeys("X-Api-Key: k1");
        browser.visible(By.id("editor:actions:0:body")).sendKeys("{\"said\": \"{{message.content}}\"}");

        browser.driver.findElement(By.id("editor:save")).click();
        assertThat(beside("editor:actions:0:callUrl")).contains("http or https");
        assertThat(get(API + "/workflows", supervisor).body()).doesNotContain(name);

        browser.wait.until(d -> {
            try {
                var url = d.findElement(By.id("editor:actions:0:callUrl"));
                url.clear();
                url.sendKeys("https://crm.example.com/people/{{conversation.shortId}}");
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
        browser.driver.findElement(By.id("editor:save")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[@id='messages']/div[contains(@class, 'ui-messages-info')]//li[contains(normalize-space(), \"Workflow '"
                        + name + "' saved\")]")));
        assertThat(browser.text(
                        By.xpath("//tbody[@id='workflows:table_data']/tr[td[2][normalize-space()='" + name + "']]")))
                .contains("Call an API: PUT https://crm.example.com/people/{{conversation.shortId}}");

        JsonObject action = get(API + "/workflows", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("name").equals(name))
                .findFirst()
                .orElseThrow()
                .getJsonArray("actions")
                .getJsonObject(0);
        assertThat(action.getString("type")).isEqualTo("CALL_API");
        assertThat(action.getString("method")).isEqualTo("PUT");
        assertThat(action.getString("url")).isEqualTo("https://crm.example.com/people/{{conversation.shortId}}");
        assertThat(action.getString("contentType")).isEqualTo("JSON");
        assertThat(action.getJsonObject("headers").getString("X-Api-Key")).isEqualTo("k1");
        assertThat(action.getString("body")).isEqualTo("{\"said\": \"{{message.content}}\"}");
        browser.screenshot("admin-workflow-call");
    }

    /**
     * Guide: Notify by email has "From: A drop-down with senders registered for this purpose", "To: Tag lookalike
     * string adding" and "Email subject", with placeholders for "Notify by email (subject)".
     */
    @BrowserTest
    void supervisorWritesANotifyByEmailAction() {
        String robot = unique("Robot");
        String address = "no-reply-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "@example.test";
        long robotId = ReachIT.created(
                        request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "EMAIL", "address": "%s", "name": "%s", "noReply": true}""".formatted(address, robot)))
                .getInt("id");
        String notify = mailName;
        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("Workflows")).click();
        browser.visible(By.id("workflows:new")).click();
        browser.visible(By.id("editor:name")).sendKeys(notify);
        browser.choose("editor:triggers:0:type", "Customer message received");
        browser.choose("editor:conditions:0:attribute", "Conversation › To");
        browser.choose("editor:conditions:0:choice", senderLabel);
        browser.choose("editor:actions:0:type", "Notify by email");
        browser.choose("editor:actions:0:mailFrom", robot + " (" + address + ")");
        browser.visible(By.id("editor:actions:0:mailTo_input")).sendKeys("ops@example.test" + Keys.ENTER);
        browser.visible(By.id("editor:actions:0:mailSubject")).sendKeys("Waiting:");
        browser.visible(By.id("editor:actions:0:subjectPlaceholder")).click();
        browser.wait.until(ExpectedConditions.attributeContains(
                By.id("editor:actions:0:subjectPlaceholder_panel"), "class", "ui-connected-overlay-enter-done"));
        browser.visible(By.xpath("//div[@id='editor:actions:0:subjectPlaceholder_panel']"
                        + "//li[starts-with(@data-label, '{{conversation.shortId}}')]"))
                .click();
        browser.wait.until(d -> d.findElement(By.id("editor:actions:0:mailSubject"))
                .getAttribute("value")
                .equals("Waiting: {{conversation.shortId}}"));
        browser.driver.findElement(By.id("editor:save")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[@id='messages']/div[contains(@class, 'ui-messages-info')]//li[contains(normalize-space(), \"Workflow '"
                        + notify + "' saved\")]")));
        JsonObject action = get(API + "/workflows", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("name").equals(notify))
                .findFirst()
                .orElseThrow()
                .getJsonArray("actions")
                .getJsonObject(0);
        assertThat(action.getString("type")).isEqualTo("NOTIFY_BY_EMAIL");
        assertThat(action.getInt("fromSenderId")).isEqualTo((int) robotId);
        assertThat(action.getJsonArray("recipients").getString(0)).isEqualTo("ops@example.test");
        assertThat(action.getString("subject")).isEqualTo("Waiting: {{conversation.shortId}}");
    }

    /** Each test signs in afresh (the other may run first): the session cookie goes, whatever dialog is open. */
    @org.junit.jupiter.api.AfterEach
    void signOut() {
        browser.driver.manage().deleteAllCookies();
    }

    private static List<String> options(String menuId) {
        browser.visible(By.id(menuId));
        return browser.driver.findElements(By.xpath("//select[@id='" + menuId + "_input']//option")).stream()
                .map(o -> o.getAttribute("textContent").trim())
                .toList();
    }

    private static String beside(String fieldId) {
        return browser.wait.until(d -> {
            try {
                return browser.visible(By.xpath("//*[@id='" + fieldId
                                + "']/following-sibling::*[contains(@class, 'ui-message-error')][1]"))
                        .getText()
                        .trim();
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }
}
