package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The form panel of the conversation view as an agent uses it: Solved is refused while the mandatory field is empty,
 * choosing Complaint shows the mandatory order number, a wrong order number is refused naming the field, and once
 * it is right the conversation is solved.
 */
class AdminConversationFormBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-conversation-form-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String lineAddress;
    private static long reason;
    private static long order;
    private static String reasonName;
    private static String orderName;
    private static String returnsName;
    private static final List<Long> FORMS = new ArrayList<>();

    @BeforeAll
    static void aReturnsFormOnALine() throws IOException {
        supervisor = bearer(createApiKey(unique("conversation-form-admin"), "ACCOUNT_MANAGER"));
        lineAddress = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        long line = ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(lineAddress)))
                .getJsonNumber("id")
                .longValue();
        reasonName = unique("Reason");
        reason = id(request("POST", API + "/form-fields", supervisor, JSON, """
                {"name": "%s", "type": "DROPDOWN", "options": ["Return: Size", "Complaint"]}""".formatted(reasonName)));
        orderName = unique("Order number");
        order = id(request("POST", API + "/form-fields", supervisor, JSON, """
                {"name": "%s", "type": "REGEX", "pattern": "[0-9]{6}"}""".formatted(orderName)));
        // A default form with nothing mandatory, so that other conversations still close.
        FORMS.add(id(request("POST", API + "/forms", supervisor, JSON, """
                {"name": "%s", "isDefault": true}""".formatted(unique("Plain")))));
        FORMS.add(id(request("POST", API + "/forms", supervisor, JSON, """
                {"name": "%s",
                 "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                 "fields": [{"fieldId": %d, "mandatory": true},
                            {"fieldId": %d, "mandatory": true, "when": {"fieldId": %d, "value": "Complaint"}}]}""".formatted(
                        returnsName = unique("Returns"), line, reason, order, reason))));
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @AfterAll
    static void deleteTheForms() {
        if (supervisor == null) {
            return;
        }
        for (int i = FORMS.size() - 1; i >= 0; i--) {
            request("DELETE", API + "/forms/" + FORMS.get(i), supervisor, null, null);
        }
        request("DELETE", API + "/form-fields/" + order, supervisor, null, null);
        request("DELETE", API + "/form-fields/" + reason, supervisor, null, null);
    }

    @BrowserTest
    void solvedWaitsUntilTheAgentHasFilledTheForm() throws IOException {
        long conversation = ReachIT.created(
                        request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "+385911234567", "to": "%s", "text": "My parcel"}""".formatted(lineAddress)))
                .getJsonNumber("conversationId")
                .longValue();
        browser.driver.get(TestServer.APP + "/admin/conversation.xhtml?id=" + conversation);
        assertThat(fieldBlock(reasonName).getText()).contains("(mandatory)").contains("Fill this in");
        assertThat(browser.driver.findElements(By.xpath("//div[@data-field='" + orderName + "']")))
                .isEmpty();

        new Select(browser.visible(By.id("actions:status"))).selectByVisibleText("Solved");
        browser.driver.findElement(By.id("actions:set-status")).click();
        error(reasonName);
        assertThat(status(conversation)).isEqualTo("OPEN");

        new Select(fieldBlock(reasonName).findElement(By.tagName("select"))).selectByVisibleText("Complaint");
        browser.driver.findElement(By.id("conversation-form:save-form")).click();
        info("Form saved");
        assertThat(fieldBlock(orderName).getText()).contains("(mandatory)").contains("Fill this in");

        WebElement number = fieldBlock(orderName).findElement(By.tagName("input"));
        number.sendKeys("12345");
        browser.driver.findElement(By.id("conversation-form:save-form")).click();
        error(orderName + ": does not match");
        assertThat(values(conversation)).doesNotContain("12345");

        number = fieldBlock(orderName).findElement(By.tagName("input"));
        number.clear();
        number.sendKeys("123456");
        browser.driver.findElement(By.id("conversation-form:save-form")).click();
        info("Form saved");
        browser.screenshot("conversation-form");

        new Select(browser.visible(By.id("actions:status"))).selectByVisibleText("Solved");
        browser.driver.findElement(By.id("actions:set-status")).click();
        info("Status changed");
        assertThat(status(conversation)).isEqualTo("SOLVED");
    }

    // Guide, "Conversation forms": "You can use the assigned forms and values entered in input fields to filter out
    // conversations in the All Work and the Reporting section."
    @BrowserTest
    void allWorkFindsConversationsByTheirFormAndAFieldValue() {
        long complaint = inbound("Where is my refund?");
        long wrongSize = inbound("Too small");
        assertThat(request("PUT", API + "/conversations/" + complaint + "/form", supervisor, JSON, """
                        {"values": {"%d": "Complaint", "%d": "654321"}}""".formatted(
                                        reason, order))
                        .status())
                .isEqualTo(200);
        assertThat(request("PUT", API + "/conversations/" + wrongSize + "/form", supervisor, JSON, """
                        {"values": {"%d": "Return: Size"}}""".formatted(
                                        reason))
                        .status())
                .isEqualTo(200);

        browser.driver.get(TestServer.APP + "/admin/work/all-work.xhtml");
        // A value without its field is refused beside the value, in words.
        browser.visible(By.id("work:fieldValue")).sendKeys("complaint");
        browser.driver.findElement(By.id("work:filter")).click();
        assertThat(browser.visible(By.xpath(
                                "//*[@id='work:fieldValue']/following-sibling::*[contains(@class," + " 'ui-message')]"))
                        .getText())
                .contains("choose the input field");

        browser.choose("work:form", returnsName);
        browser.choose("work:field", reasonName);
        browser.driver.findElement(By.id("work:filter")).click();
        // The complaint is listed (with any other test's), the wrong size is not.
        browser.wait.until(d -> {
            List<String> keys = rowKeys();
            return keys.contains(String.valueOf(complaint)) && !keys.contains(String.valueOf(wrongSize));
        });

        // An upper level of the dropdown takes in its sub-values.
        WebElement value = browser.visible(By.id("work:fieldValue"));
        value.clear();
        value.sendKeys("Return");
        browser.driver.findElement(By.id("work:filter")).click();
        browser.wait.until(d -> {
            List<String> keys = rowKeys();
            return keys.contains(String.valueOf(wrongSize)) && !keys.contains(String.valueOf(complaint));
        });
    }

    private static List<String> rowKeys() {
        browser.settle();
        return browser.driver.findElements(By.xpath("//tbody[@id='work:conversations_data']/tr[@data-rk]")).stream()
                .map(r -> r.getAttribute("data-rk"))
                .toList();
    }

    private static long inbound(String text) {
        String customer = "+38598" + ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L);
        return ReachIT.created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(
                                customer, lineAddress, text)))
                .getJsonNumber("conversationId")
                .longValue();
    }

    private static WebElement fieldBlock(String name) {
        return browser.visible(By.xpath("//div[@data-field='" + name + "']"));
    }

    private static String status(long conversation) {
        return get(API + "/conversations/" + conversation, supervisor).json().getString("status");
    }

    private static String values(long conversation) {
        return get(API + "/conversations/" + conversation + "/form", supervisor)
                .json()
                .getJsonObject("values")
                .toString();
    }

    private static long id(TestServer.Reply reply) {
        return ReachIT.created(reply).getJsonNumber("id").longValue();
    }

    private static WebElement info(String text) {
        return message("ui-messages-info", text);
    }

    private static WebElement error(String text) {
        return message("ui-messages-error", text);
    }

    private static WebElement message(String severity, String text) {
        return browser.visible(By.xpath("//div[@id='messages']/div[contains(@class, '" + severity + "')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }
}
