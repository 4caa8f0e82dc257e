package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.APP;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 16, the workflows screens: a supervisor writes a workflow in the editor (trigger, a condition, actions with a
 * placeholder from the picker), a refusal shows beside its field and stores nothing, the list reads in words, a
 * customer message runs it, and the conversation view lists the run. The workflow acts only on this test's own sender
 * (workflows are global) and is deleted at the end.
 */
class AdminWorkflowsBrowserIT {

    private static final String JSON = "application/json";
    // How an enum constant reads when a screen shows it raw (RAN is one word: checked on its own).
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-workflows-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String address;
    private static String senderLabel;
    private static String tag;
    private static String name;

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("workflows-browser-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
        address = phone();
        String senderName = unique("Workflow line");
        created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "%s"}""".formatted(address, senderName)));
        senderLabel = senderName + " (" + address + ")";
        tag = unique("wf-screen");
        created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(tag)));
        name = unique("Welcome from screen");
    }

    @AfterAll
    static void deleteWorkflow() {
        get(API + "/workflows", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("name").equals(name))
                .forEach(w -> request("DELETE", API + "/workflows/" + w.getInt("id"), supervisor, null, null));
    }

    @Test
    void supervisorWritesAWorkflowThatRunsOnACustomerMessage() throws IOException {
        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("Workflows")).click();
        browser.visible(By.id("workflows:table"));
        noConstants(text());

        // The editor: a trigger, a condition on this test's own line, then two actions.
        browser.visible(By.id("workflows:new")).click();
        browser.visible(By.id("editor:name")).sendKeys(name);
        browser.choose("editor:triggers:0:type", "Customer message received");
        assertThat(options("editor:triggers:0:type"))
                .contains("Customer message received", "Status changed")
                .doesNotContain("Waiting for", "Survey answer received");
        browser.choose("editor:conditions:0:attribute", "Conversation › To");
        browser.choose("editor:conditions:0:choice", senderLabel);
        browser.choose("editor:actions:0:type", "Add tags");
        browser.tick("editor:actions:0:tags", tag);
        browser.visible(By.id("editor:addAction")).click();
        browser.visible(By.id("editor:actions:1:text"));
        assertThat(options("editor:actions:1:type"))
                .contains("Send a message to the customer", "Close the conversation")
                .doesNotContain("Call an API", "Email the customer");

        // An empty message: refused beside the message, nothing stored.
        browser.driver.findElement(By.id("editor:save")).click();
        assertThat(beside("editor:actions:1:text")).contains("is required");
        assertThat(get(API + "/workflows", supervisor).body()).doesNotContain(name);

        // The message with a placeholder from the picker (a message trigger's own, marked so).
        browser.driver.findElement(By.id("editor:actions:1:text")).sendKeys("Thanks, we read:");
        pickPlaceholder("editor:actions:1:placeholder", "{{message.content}}");
        browser.wait.until(d -> d.findElement(By.id("editor:actions:1:text"))
                .getAttribute("value")
                .equals("Thanks, we read: {{message.content}}"));
        assertThat(options("editor:actions:1:placeholder"))
                .anyMatch(o -> o.startsWith("{{customer.name}}") && !o.contains("message triggers only"))
                .anyMatch(o -> o.startsWith("{{message.content}}") && o.contains("message triggers only"));
        saveToDocs("workflows");
        browser.driver.findElement(By.id("editor:save")).click();
        info("Workflow '" + name + "' saved");

        // The list in words.
        String row = row(name).getText();
        assertThat(row)
                .contains("Customer message received")
                .contains("Add tags: " + tag + ", then Send a message to the customer");
        noConstants(text());
        browser.screenshot("admin-workflows");

        // A customer writes to the line: the workflow tags the conversation and its run is listed.
        long conversation = created(request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "where is my parcel"}""".formatted(phone(), address)))
                .getInt("conversationId");
        awaitTag(conversation);
        browser.driver.get(APP + "/admin/conversation.xhtml?id=" + conversation);
        browser.visible(By.cssSelector("[id='workflow-runs'] .ui-panel-titlebar-icon"))
                .click();
        WebElement runs = browser.visible(By.id("workflow-runs_content"));
        browser.wait.until(d -> runs.getText().contains("Ran"));
        assertThat(runs.getText())
                .contains(name)
                .contains("Customer message received")
                .contains("Add tags: Done")
                .contains("Send a message to the customer: Done")
                .doesNotContain("RAN")
                .doesNotContain("DONE");
        noConstants(runs.getText());
        browser.screenshot("admin-workflow-runs");
        assertThat(get(API + "/conversations/" + conversation + "/messages", supervisor)
                        .body())
                .contains("Thanks, we read: where is my parcel");
    }

    private static void pickPlaceholder(String menuId, String placeholder) {
        browser.visible(By.id(menuId)).click();
        browser.wait.until(ExpectedConditions.attributeContains(
                By.id(menuId + "_panel"), "class", "ui-connected-overlay-enter-done"));
        browser.visible(By.xpath(
                        "//div[@id='" + menuId + "_panel']//li[starts-with(@data-label, '" + placeholder + "')]"))
                .click();
    }

    private static List<String> options(String menuId) {
        return browser.driver.findElements(By.xpath("//select[@id='" + menuId + "_input']//option")).stream()
                .map(o -> o.getAttribute("textContent").trim())
                .toList();
    }

    private static String text() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return document.body.innerText;");
    }

    /** No raw enum constant in what the page shows (AdminLanguageBrowserIT's rule). */
    private static void noConstants(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        assertThat(found).isEmpty();
    }

    private static void awaitTag(long conversation) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(API + "/conversations/" + conversation, supervisor).body();
            if (body.contains("\"" + tag + "\"")) {
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the workflow did not tag conversation " + conversation + ": " + body);
    }

    private static WebElement row(String workflow) {
        return browser.visible(
                By.xpath("//tbody[@id='workflows:table_data']/tr[td[2][normalize-space()='" + workflow + "']]"));
    }

    /** The refusal shown beside an input (its p:message), read again if the form is redrawn. */
    private static String beside(String fieldId) {
        return browser.wait.until(d -> {
            try {
                return browser.visible(By.xpath("//*[@id='" + fieldId
                                + "']/following-sibling::*[contains(@class, 'ui-message-error')][1]"))
                        .getText()
                        .trim();
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    private static void info(String text) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[@id='messages']/div[contains(@class, 'ui-messages-info')]//li[contains(normalize-space(), \""
                        + text + "\")]")));
    }

    /** The list with the editor open over it, into the repository's docs/ for the README (the module runs in ear/). */
    private static void saveToDocs(String file) throws IOException {
        Path docs = Path.of("..", "docs");
        Files.createDirectories(docs);
        Files.copy(
                ((TakesScreenshot) browser.driver)
                        .getScreenshotAs(OutputType.FILE)
                        .toPath(),
                docs.resolve(file + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
