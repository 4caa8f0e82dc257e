package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.APP;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17, the macros screen and the macro picker: a supervisor builds a macro with "+ Add an action" (priority, a
 * template per channel, a tag), sees the warning about Solved before the form is chosen, saves it, finds it by
 * search, duplicates and deletes the copy (asked first, focus on Cancel); in the conversation view the macro is found
 * by name and applied, and its template lands in the reply box, not sent.
 */
class AdminMacrosBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-macros-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String line;
    private static String tag;
    private static String name;
    private static String second;
    private static long lineId;
    private static long orderField;
    private static long noteField;

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("macros-browser-admin"), "ACCOUNT_MANAGER"));
        line = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        lineId = ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(line)))
                .getJsonNumber("id")
                .longValue();
        orderField = ReachIT.created(
                        request("POST", API + "/form-fields", supervisor, JSON, """
                {"name": "%s", "type": "TEXT"}""".formatted(unique("Order"))))
                .getJsonNumber("id")
                .longValue();
        noteField = ReachIT.created(
                        request("POST", API + "/form-fields", supervisor, JSON, """
                {"name": "%s", "type": "TEXT"}""".formatted(unique("Remark"))))
                .getJsonNumber("id")
                .longValue();
        second = unique("Reply by SMS");
        tag = unique("vip");
        ReachIT.created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(tag)));
        name = unique("Escalate from screen");
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @AfterAll
    static void deleteTheMacros() {
        if (supervisor == null) {
            return;
        }
        for (String made : new String[] {name, second}) {
            get(API + "/macros?search=" + URLEncoder.encode(made, StandardCharsets.UTF_8), supervisor)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .forEach(m -> request("DELETE", API + "/macros/" + m.getInt("id"), supervisor, null, null));
        }
        request("DELETE", API + "/form-fields/" + orderField, supervisor, null, null);
        request("DELETE", API + "/form-fields/" + noteField, supervisor, null, null);
    }

    /**
     * The guide's further actions ("Set topic or email subject for conversation", "Fill in recipient field") and the
     * list's filters ("On the Macros page, you can filter them by: All, Tags, Status"): a supervisor builds an inactive
     * macro that sets the topic, fills the recipient from the SMS line and fills two form fields in one action; finds
     * it by status; duplicates it while the list is searched (the search box still shows the search the list obeys);
     * once active, an agent's view puts the customer's SMS address in the composer's recipient field.
     */
    @BrowserTest
    void aSupervisorSetsTheTopicRecipientAndSeveralFieldsAndFiltersByStatus() throws IOException {
        browser.driver.get(APP + "/admin/settings/macros.xhtml");
        browser.visible(By.id("macros:new")).click();
        browser.visible(By.id("editor:name")).sendKeys(second);
        new Select(browser.visible(By.id("editor:status"))).selectByVisibleText("Inactive: kept, not offered");
        type(0, "Set the topic or email subject");
        browser.visible(By.id("editor:actions:0:topic")).sendKeys("Your return");
        press("editor:addAction");
        type(1, "Fill in the recipient");
        WebElement channel = browser.visible(By.id("editor:actions:1:recipientChannel"));
        new Select(channel).selectByValue("SMS");
        browser.wait.until(ExpectedConditions.stalenessOf(channel));
        new Select(browser.visible(By.id("editor:actions:1:sender"))).selectByValue(String.valueOf(lineId));
        press("editor:addAction");
        type(2, "Fill in form fields");
        new Select(browser.visible(By.id("editor:actions:2:pairs:0:field"))).selectByValue(String.valueOf(orderField));
        browser.visible(By.id("editor:actions:2:pairs:0:fieldValue")).sendKeys("123456");
        press("editor:actions:2:addField");
        new Select(browser.visible(By.id("editor:actions:2:pairs:1:field"))).selectByValue(String.valueOf(noteField));
        browser.visible(By.id("editor:actions:2:pairs:1:fieldValue")).sendKeys("fragile");
        // The editor is now taller than the test's window: Save is pressed where it is.
        js("arguments[0].click();", browser.visible(By.id("editor:save")));
        info("Macro '" + second + "' saved");

        JsonObject stored = get(API + "/macros?search=" + URLEncoder.encode(second, StandardCharsets.UTF_8), supervisor)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(stored.getString("status")).isEqualTo("INACTIVE");
        JsonArray actions = stored.getJsonArray("actions");
        assertThat(actions.getJsonObject(0).getString("topic")).isEqualTo("Your return");
        assertThat(actions.getJsonObject(1).getString("channel")).isEqualTo("SMS");
        assertThat(actions.getJsonObject(1).getJsonNumber("senderId").longValue())
                .isEqualTo(lineId);
        assertThat(actions.getJsonObject(2).getJsonObject("values"))
                .containsOnlyKeys(String.valueOf(orderField), String.valueOf(noteField));

        // The status filter, with the search.
        browser.typeSearch(By.id("macros:search"), second);
        rows(1);
        status("Active");
        rows(0);
        status("Inactive");
        rows(1);
        assertThat(row(second).getText()).contains("Inactive");

        // Duplicate while searched: the copy joins the list, and the box still shows the search the list obeys.
        clickIn(second, "Duplicate");
        info("Macro '" + second + " (copy)' created");
        rows(2);
        assertThat(browser.visible(By.id("macros:search")).getAttribute("value"))
                .isEqualTo(second);
        status("All");
        rows(2);

        // Switched on, in the conversation view: the customer's SMS address fills the recipient field; nothing is sent.
        assertThat(request("PUT", API + "/macros/" + stored.getInt("id"), supervisor, JSON, """
                        {"name": "%s", "status": "ACTIVE",
                         "actions": [{"type": "SET_TOPIC", "topic": "Your return"},
                                     {"type": "FILL_RECIPIENT", "channel": "SMS", "senderId": %d}]}""".formatted(
                                        second, lineId))
                        .status())
                .isEqualTo(200);
        String customer = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        long conversation = ReachIT.created(request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "My parcel?"}""".formatted(customer, line)))
                .getJsonNumber("conversationId")
                .longValue();
        browser.driver.get(APP + "/admin/conversation.xhtml?id=" + conversation);
        browser.typeSearch(By.id("macro-picker:macro-search"), second);
        browser.wait.until(
                d -> d.findElements(By.cssSelector("#macro-picker .sb-macro")).size() == 1);
        browser.wait.until(d -> {
            d.findElement(By.xpath("//div[@data-macro='" + second + "']//button"))
                    .click();
            return true;
        });
        info("Macro '" + second + "' applied; the recipient is " + customer);
        assertThat(browser.visible(By.id("composer:recipient")).getText())
                .contains(customer)
                .contains("SMS");
        assertThat(get(API + "/conversations/" + conversation, supervisor)
                        .json()
                        .getString("topic"))
                .isEqualTo("Your return");
    }

    private static void status(String label) {
        new Select(browser.visible(By.id("macros:statusFilter"))).selectByVisibleText(label);
    }

    /** Waits until the macros list shows this many rows (none: the empty message's row). */
    private static void rows(int count) {
        browser.wait.until(d -> {
            List<WebElement> shown =
                    d.findElements(By.cssSelector("#macros\\:table_data > tr:not(.ui-datatable-empty-message)"));
            return shown.size() == count;
        });
    }

    @BrowserTest
    void aSupervisorBuildsAMacroAndAnAgentAppliesItInTheConversationView() throws IOException {
        browser.driver.get(APP + "/admin/settings/macros.xhtml");
        browser.visible(By.id("macros:new")).click();
        WebElement nameInput = browser.visible(By.id("editor:name"));
        nameInput.sendKeys(name);

        // Action 1: the status Solved (a new row's default), then the form: the editor warns about the order.
        press("editor:addAction");
        type(1, "Choose the form");
        WebElement warning = browser.visible(By.cssSelector("#editor\\:warnings .sb-order-warning"));
        assertThat(warning.getText()).contains("action 2 chooses the form after action 1 sets Solved");

        // Rebuild: priority Urgent, a template for SMS, a tag; the warning goes.
        type(0, "Set the priority");
        new Select(browser.visible(By.id("editor:actions:0:priority"))).selectByVisibleText("Urgent");
        type(1, "Fill in the message composer");
        new Select(browser.visible(By.id("editor:actions:1:channel"))).selectByValue("SMS");
        browser.visible(By.id("editor:actions:1:template")).sendKeys("We are on it.");
        press("editor:addAction");
        type(2, "Tag the conversation");
        browser.visible(By.id("editor:actions:2:tags")).sendKeys(tag);
        browser.wait.until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#editor\\:warnings .sb-order-warning"), 0));
        press("editor:save");
        info("Macro '" + name + "' saved");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editorDialog")));

        JsonArray stored = get(API + "/macros?search=" + URLEncoder.encode(name, StandardCharsets.UTF_8), supervisor)
                .json()
                .getJsonArray("items");
        assertThat(stored).hasSize(1);
        JsonArray actions = stored.getJsonObject(0).getJsonArray("actions");
        assertThat(actions.getJsonObject(0).getString("priority")).isEqualTo("URGENT");
        assertThat(actions.getJsonObject(1).getJsonObject("templates").getString("SMS"))
                .isEqualTo("We are on it.");
        assertThat(actions.getJsonObject(2).getJsonArray("tags").getString(0)).isEqualTo(tag);

        // The list: search, the actions in words, duplicate, and delete the copy (asked first, focus on Cancel).
        browser.typeSearch(By.id("macros:search"), name);
        browser.wait.until(
                d -> d.findElements(By.cssSelector("#macros\\:table_data > tr")).size() == 1
                        && row(name)
                                .getText()
                                .contains("Set the priority → Fill in the message composer → Tag the conversation"));
        clickIn(name, "Duplicate");
        info("Macro '" + name + " (copy)' created");
        browser.wait.until(
                d -> d.findElements(By.cssSelector("#macros\\:table_data > tr")).size() == 2);
        clickIn(name + " (copy)", "Delete");
        browser.visible(By.id("confirm:no"));
        browser.wait.until(d -> "confirm:no".equals(js("return document.activeElement.id;")));
        browser.driver.findElement(By.id("confirm:yes")).click();
        info("Macro '" + name + " (copy)' deleted");
        assertThat(get(API + "/macros?search=" + URLEncoder.encode(name, StandardCharsets.UTF_8), supervisor)
                        .json()
                        .getJsonArray("items"))
                .hasSize(1);
        browser.screenshot("macros");

        // In the conversation view: find the macro by name and apply it; the template waits in the reply box.
        long conversation = ReachIT.created(
                        request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "+385911234568", "to": "%s", "text": "Where is my order?"}""".formatted(line)))
                .getJsonNumber("conversationId")
                .longValue();
        browser.driver.get(APP + "/admin/conversation.xhtml?id=" + conversation);
        browser.typeSearch(By.id("macro-picker:macro-search"), name);
        browser.wait.until(
                d -> d.findElements(By.cssSelector("#macro-picker .sb-macro")).size() == 1);
        // The search redraws the list: the button is found and clicked again if it was replaced meanwhile.
        browser.wait.until(d -> {
            d.findElement(By.xpath("//div[@data-macro='" + name + "']//button")).click();
            return true;
        });
        info("Macro '" + name + "' applied; its template is in the reply box");
        browser.wait.until(d ->
                "We are on it.".equals(d.findElement(By.id("composer:reply")).getAttribute("value")));
        JsonObject after =
                get(API + "/conversations/" + conversation, supervisor).json();
        assertThat(after.getString("priority")).isEqualTo("URGENT");
        assertThat(after.getJsonArray("tags").getString(0)).isEqualTo(tag);
        assertThat(get(API + "/conversations/" + conversation + "/messages", supervisor)
                        .body())
                .doesNotContain("We are on it.");
        browser.screenshot("macro-applied");
    }

    /** Chooses another type for an action; waits until the editor has redrawn the rows with that type's inputs. */
    private static void type(int row, String label) {
        By select = By.id("editor:actions:" + row + ":type");
        WebElement before = browser.visible(select);
        new Select(before).selectByVisibleText(label);
        browser.wait.until(ExpectedConditions.stalenessOf(before));
        browser.wait.until(d -> label.equals(
                new Select(d.findElement(select)).getFirstSelectedOption().getText()));
    }

    /** Clicks a button of a macro's row; the wait finds the row again when an update replaced it meanwhile. */
    private static void clickIn(String macroName, String button) {
        browser.wait.until(d -> {
            row(macroName)
                    .findElement(By.xpath(".//button[.//span[text()='" + button + "']]"))
                    .click();
            return true;
        });
    }

    private static WebElement row(String macroName) {
        return browser.visible(
                By.xpath("//tbody[@id='macros:table_data']/tr[.//bdi[normalize-space()=\"" + macroName + "\"]]"));
    }

    /**
     * Clicks a button of the editor, scrolled into the window; while the dialog settles after a redraw (it re-centres
     * itself) another element may still cover the button, so the click is repeated until it lands.
     */
    private static void press(String id) {
        browser.wait.until(d -> {
            WebElement button = d.findElement(By.id(id));
            js("arguments[0].scrollIntoView({block: 'center'});", button);
            try {
                button.click();
                return true;
            } catch (ElementClickInterceptedException covered) {
                return false;
            }
        });
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    private static WebElement info(String text) {
        return browser.visible(By.xpath("//div[@id='messages']/div[contains(@class, 'ui-messages-info')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }
}
