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
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
    private static long sender;
    private static final String PASSWORD = "correct-horse-battery";

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("workflows-browser-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
        address = phone();
        String senderName = unique("Workflow line");
        sender = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "%s"}""".formatted(address, senderName)))
                .getInt("id");
        senderLabel = senderName + " (" + address + ")";
        tag = unique("wf-screen");
        created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(tag)));
    }

    @AfterAll
    static void deleteWorkflow() {
        get(API + "/workflows", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("name").startsWith("Welcome from screen")
                        || w.getString("name").startsWith("Second from API")
                        || w.getString("name").startsWith("Read by a manager")
                        || w.getString("name").startsWith("Waited from screen")
                        || w.getString("name").startsWith("Channel change from screen"))
                .forEach(w -> request("DELETE", API + "/workflows/" + w.getInt("id"), supervisor, null, null));
    }

    @BrowserTest
    void supervisorWritesAWorkflowThatRunsOnACustomerMessage() throws IOException {
        // A name of this execution's own: a retried execution must not meet the workflow the failed one saved.
        name = unique("Welcome from screen");
        // Another test of this browser may have left a session: start from the sign-in page.
        browser.driver.get(APP + "/admin/");
        if (!browser.driver.getCurrentUrl().contains("/admin/login.xhtml")) {
            browser.visible(By.id("session:logout")).click();
        }
        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("Workflows")).click();
        browser.visible(By.id("workflows:table"));
        noConstants(text());

        // The editor: a trigger, a condition on this test's own line, then two actions.
        browser.visible(By.id("workflows:new")).click();
        browser.visible(By.id("editor:name")).sendKeys(name);
        browser.choose("editor:triggers:0:type", "Customer message received");
        assertThat(options("editor:triggers:0:type"))
                // "Conversation customer changed ... Triggers a workflow when an agent unlinks a customer from the
                // conversation" (guide): PUT /conversations/{id}/customer changes it, so the editor offers it.
                .contains(
                        "Customer message received",
                        "Status changed",
                        "Waiting for",
                        "Survey answer received",
                        "Customer changed");
        browser.choose("editor:conditions:0:attribute", "Conversation › To");
        browser.choose("editor:conditions:0:choice", senderLabel);
        browser.choose("editor:actions:0:type", "Add tags");
        browser.tick("editor:actions:0:tags", tag);
        browser.visible(By.id("editor:addAction")).click();
        browser.visible(By.id("editor:actions:1:text"));
        assertThat(options("editor:actions:1:type"))
                .contains("Send a message to the customer", "Close the conversation", "Call an API")
                .contains("Email the customer", "Email the survey");

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
        // The picked placeholder cleared the stale refusal beside the message.
        browser.wait.until(d -> d.findElements(By.xpath("//*[@id='editor:actions:1:text']"
                        + "/following-sibling::*[contains(@class, 'ui-message-error')]"))
                .isEmpty());
        byte[] editorShot = tallShot();
        browser.driver.findElement(By.id("editor:save")).click();
        info("Workflow '" + name + "' saved");

        // The list in words.
        String row = row(name).getText();
        assertThat(row)
                .contains("Customer message received")
                .contains("Add tags: " + tag + ", then Send a message to the customer");
        noConstants(text());
        browser.screenshot("admin-workflows");
        saveToDocs("workflows", screenshot(), editorShot);

        // Another of this test's workflows (disabled, on its own line too): Up moves it above ours.
        String second = unique("Second from API");
        long secondId = created(request("POST", API + "/workflows", supervisor, JSON, """
                        {"name": "%s", "enabled": false, "triggers": [{"type": "STATUS_CHANGED", "to": "SOLVED"}],
                         "conditions": {"join": "AND", "conditions": [
                           {"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                         "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(second, sender)))
                .getInt("id");
        browser.driver.navigate().refresh();
        assertThat(row(second).getText()).contains("Status changed to Solved").contains("Set the priority to Low");
        row(second).findElement(By.xpath(".//button[.//span[text()='Up']]")).click();
        info("Workflow '" + second + "' moved to position");
        assertThat(position(secondId)).isLessThan(position(id(name)));

        // Deleting asks first, with the focus on Cancel; then it is gone from the list and the API.
        row(second).findElement(By.xpath(".//button[.//span[text()='Delete']]")).click();
        browser.visible(By.id("confirm:no"));
        browser.wait.until(d -> "confirm:no".equals(js("return document.activeElement.id;")));
        browser.driver.findElement(By.id("confirm:yes")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//tbody[@id='workflows:table_data']/tr[td[2][normalize-space()='" + second + "']]")));
        info("Workflow '" + second + "' deleted");
        assertThat(get(API + "/workflows/" + secondId, supervisor).status()).isEqualTo(404);

        // Editing reads back what was saved: the trigger, the actions in order and the message as written.
        row(name).findElement(By.xpath(".//button[.//span[text()='Edit']]")).click();
        browser.wait.until(d -> name.equals(d.findElement(By.id("editor:name")).getAttribute("value")));
        assertThat(browser.driver
                        .findElement(By.id("editor:triggers:0:type_label"))
                        .getText())
                .isEqualTo("Customer message received");
        assertThat(browser.driver
                        .findElement(By.id("editor:actions:0:type_label"))
                        .getText())
                .isEqualTo("Add tags");
        assertThat(browser.driver.findElement(By.id("editor:actions:1:text")).getAttribute("value"))
                .isEqualTo("Thanks, we read: {{message.content}}");
        browser.driver.findElement(By.id("editor:cancel")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:name")));

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

    /**
     * Guide: time-based triggers wait "More than" days, hours, minutes, "The minimal pending time is 10 seconds". The
     * editor asks for the wait in plain words, refuses a too short one beside it, and reads it back.
     */
    @BrowserTest
    void supervisorWritesATimeBasedWorkflowInPlainWords() {
        String timed = unique("Waited from screen");
        browser.driver.get(APP + "/admin/");
        if (!browser.driver.getCurrentUrl().contains("/admin/login.xhtml")) {
            browser.visible(By.id("session:logout")).click();
        }
        browser.signInAsAdmin();
        try {
            browser.driver.findElement(By.linkText("Workflows")).click();
            browser.visible(By.id("workflows:new")).click();
            browser.visible(By.id("editor:name")).sendKeys(timed);
            browser.choose("editor:triggers:0:type", "Waiting for");
            browser.visible(By.id("editor:triggers:0:after")).sendKeys("5");
            browser.choose("editor:triggers:0:unit", "seconds");
            browser.choose("editor:actions:0:type", "Add tags");
            browser.tick("editor:actions:0:tags", tag);

            browser.driver.findElement(By.id("editor:save")).click();
            assertThat(beside("editor:triggers:0:after")).contains("must be from 10 seconds to 90 days");
            assertThat(get(API + "/workflows", supervisor).body()).doesNotContain(timed);

            browser.visible(By.id("editor:triggers:0:after")).clear();
            browser.visible(By.id("editor:triggers:0:after")).sendKeys("2");
            browser.choose("editor:triggers:0:unit", "hours");
            browser.driver.findElement(By.id("editor:save")).click();
            info("Workflow '" + timed + "' saved");
            assertThat(row(timed).getText()).contains("Waiting for 2 hours").contains("Add tags: " + tag);
            noConstants(text());
            assertThat(get(API + "/workflows/" + id(timed), supervisor)
                            .json()
                            .getJsonArray("triggers")
                            .getJsonObject(0)
                            .getString("after"))
                    .isEqualTo("PT2H");

            row(timed)
                    .findElement(By.xpath(".//button[.//span[text()='Edit']]"))
                    .click();
            browser.wait.until(
                    d -> timed.equals(d.findElement(By.id("editor:name")).getAttribute("value")));
            assertThat(browser.visible(By.id("editor:triggers:0:after")).getAttribute("value"))
                    .isEqualTo("2");
            assertThat(browser.driver
                            .findElement(By.id("editor:triggers:0:unit_label"))
                            .getText())
                    .isEqualTo("hours");
            browser.driver.findElement(By.id("editor:cancel")).click();
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:name")));
        } finally {
            browser.visible(By.id("session:logout")).click();
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        }
    }

    /**
     * Guide: "Conversation channel changed: From/To"; "Agent status: Is in list ... If the agent currently assigned to
     * the conversation is/is not marked with any of the statuses". The editor offers the channel change's ends and
     * the workflow-only conditions in words, and reads them back.
     */
    @BrowserTest
    void supervisorWritesAChannelChangeWorkflowWithAWorkflowCondition() {
        String changed = unique("Channel change from screen");
        browser.driver.get(APP + "/admin/");
        if (!browser.driver.getCurrentUrl().contains("/admin/login.xhtml")) {
            browser.visible(By.id("session:logout")).click();
        }
        browser.signInAsAdmin();
        try {
            browser.driver.findElement(By.linkText("Workflows")).click();
            browser.visible(By.id("workflows:new")).click();
            browser.visible(By.id("editor:name")).sendKeys(changed);
            assertThat(options("editor:triggers:0:type")).contains("Form changed", "Form field updated");
            browser.choose("editor:triggers:0:type", "Channel changed");
            browser.settle();
            browser.choose("editor:triggers:0:fromChannel", "SMS");
            browser.settle();
            assertThat(options("editor:conditions:0:attribute"))
                    .contains("Conversation › Queue", "Conversation › Status", "Agent › Status", "Agent");
            browser.choose("editor:conditions:0:attribute", "Agent › Status");
            browser.settle();
            browser.choose("editor:conditions:0:choice", "Away");
            browser.choose("editor:actions:0:type", "Add tags");
            browser.settle();
            browser.tick("editor:actions:0:tags", tag);
            browser.settle();
            browser.driver.findElement(By.id("editor:save")).click();
            info("Workflow '" + changed + "' saved");
            assertThat(row(changed).getText())
                    .contains("Channel changed from SMS to any channel")
                    .contains("Add tags: " + tag);
            noConstants(text());
            JsonObject stored =
                    get(API + "/workflows/" + id(changed), supervisor).json();
            JsonObject trigger = stored.getJsonArray("triggers").getJsonObject(0);
            assertThat(trigger.getString("from")).isEqualTo("SMS");
            assertThat(!trigger.containsKey("to") || trigger.isNull("to"))
                    .as("any channel")
                    .isTrue();
            assertThat(stored.getJsonObject("conditions").toString())
                    .contains("\"agent.status\"")
                    .contains("\"AWAY\"");

            row(changed)
                    .findElement(By.xpath(".//button[.//span[text()='Edit']]"))
                    .click();
            browser.wait.until(
                    d -> changed.equals(d.findElement(By.id("editor:name")).getAttribute("value")));
            assertThat(browser.driver
                            .findElement(By.id("editor:triggers:0:fromChannel_label"))
                            .getText())
                    .isEqualTo("SMS");
            assertThat(browser.driver
                            .findElement(By.id("editor:conditions:0:attribute_label"))
                            .getText())
                    .isEqualTo("Agent › Status");
            browser.driver.findElement(By.id("editor:cancel")).click();
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:name")));
        } finally {
            // A failure may leave the editor open over the page: reload so the sign-out button is reachable.
            browser.driver.navigate().refresh();
            browser.visible(By.id("session:logout")).click();
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        }
    }

    /** A manager reads the workflows but has no button that changes them (the API allows them GET only). */
    @BrowserTest
    void managersReadWorkflowsWithoutChangingThem() {
        String username = unique("wf-manager");
        created(request("POST", API + "/users", supervisor, JSON, """
                {"username": "%s", "name": "Wf Manager", "password": "%s", "roles": ["MANAGER"]}""".formatted(username, PASSWORD)));
        String readOnly = unique("Read by a manager");
        created(request("POST", API + "/workflows", supervisor, JSON, """
                {"name": "%s", "enabled": false, "triggers": [{"type": "NOTE_CREATED"}],
                 "conditions": {"join": "AND", "conditions": [
                   {"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                 "actions": [{"type": "UNASSIGN"}]}""".formatted(readOnly, sender)));
        browser.driver.get(APP + "/admin/");
        if (!browser.driver.getCurrentUrl().contains("/admin/login.xhtml")) {
            browser.visible(By.id("session:logout")).click();
        }
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.visible(By.id("login:username")).sendKeys(username);
        browser.driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("login:submit")).click();
        try {
            browser.visible(By.id("signed-in-user"));
            browser.driver.findElement(By.linkText("Workflows")).click();
            assertThat(row(readOnly).getText()).contains("Note added").contains("Unassign the agent");
            assertThat(browser.driver.findElements(By.id("workflows:new"))).isEmpty();
            assertThat(row(readOnly).findElements(By.tagName("button"))).isEmpty();
            assertThat(text()).contains("supervisors change them");
        } finally {
            browser.visible(By.id("session:logout")).click();
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        }
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
        return (String) js("return document.body.innerText;");
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

    /** The screens one above the other, into the repository's docs/ for the README (the module runs in ear/). */
    private static void saveToDocs(String file, byte[]... shots) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (byte[] shot : shots) {
            images.add(ImageIO.read(new ByteArrayInputStream(shot)));
        }
        BufferedImage sheet = new BufferedImage(
                images.stream().mapToInt(BufferedImage::getWidth).max().orElse(1),
                images.stream().mapToInt(BufferedImage::getHeight).sum(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        int y = 0;
        for (BufferedImage image : images) {
            g.drawImage(image, 0, y, null);
            y += image.getHeight();
        }
        g.dispose();
        Path docs = Path.of("..", "docs");
        Files.createDirectories(docs);
        ImageIO.write(sheet, "png", docs.resolve(file + ".png").toFile());
    }

    private static byte[] screenshot() {
        return ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
    }

    /** The editor dialog whole: a window tall enough for it, scrolled to its top. */
    private static byte[] tallShot() {
        Dimension before = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(1280, 1500));
        try {
            js("var c = document.querySelector('[id=\"editor-dialog\"] .ui-dialog-content'); if (c) c.scrollTop = 0;");
            return screenshot();
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser.driver).executeScript(script);
    }

    private static long id(String workflow) {
        return get(API + "/workflows", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("name").equals(workflow))
                .findFirst()
                .orElseThrow()
                .getInt("id");
    }

    private static int position(long workflow) {
        return get(API + "/workflows/" + workflow, supervisor).json().getInt("position");
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
