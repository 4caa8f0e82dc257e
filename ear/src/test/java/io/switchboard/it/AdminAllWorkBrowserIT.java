package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The All Work view in the browser: every conversation, filtered on the server, and a conversation's messages. */
class AdminAllWorkBrowserIT {

    private static final String JSON = "application/json";
    private static final By ROWS = By.xpath("//tbody[@id='work:conversations_data']/tr[@data-rk]");

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-all-work-failure");

    private static AdminBrowser browser;
    private static String gateway;
    private static String sender;

    @BeforeAll
    static void senderAndBrowser() throws IOException {
        String supervisor = bearer(createApiKey(unique("all-work-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("all-work-gateway"), "GATEWAY", "MANAGER"));
        sender = phone();
        // The list shows short IDs only when the Short ID setting is on.
        assertThat(request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": true}""").status())
                .isEqualTo(200);
        TestServer.Reply created = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "All Work line"}""".formatted(sender));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        browser = SESSION.browser();
    }

    @Test
    void supervisorFiltersAllWorkAndReadsAConversation() throws IOException {
        String ana = unique("Ana");
        String anasPhone = phone();
        JsonObject late = inbound(anasPhone, "My order is late", """
                , "firstName": "%s"
                """.formatted(ana));
        inbound(anasPhone, "Order 1234", "");
        JsonObject solved = inbound(phone(), "Thanks, all good", "");
        TestServer.Reply closed = request(
                "PUT", API + "/conversations/" + solved.getInt("conversationId") + "/status", gateway, JSON, """
                {"status": "CLOSED"}""");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        String lateId = String.valueOf(late.getInt("shortId"));
        String solvedId = String.valueOf(solved.getInt("shortId"));

        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("All Work")).click();
        browser.wait.until(
                d -> shortIds().size() >= 2 && shortIds().subList(0, 2).equals(List.of(solvedId, lateId)));

        browser.visible(By.id("work:shortId")).sendKeys(lateId);
        browser.choose("work:queue", "Default");
        press("work:filter");
        browser.wait.until(d -> shortIds().equals(List.of(lateId)));
        assertThat(cells(browser.driver.findElement(ROWS)))
                .hasSize(8)
                .startsWith(lateId, "OPEN", "NORMAL", "SMS", "Default", ana);

        press("work:clear");
        browser.wait.until(d -> shortIds().size() > 1);
        browser.choose("work:status", "CLOSED");
        press("work:filter");
        browser.wait.until(d -> !shortIds().isEmpty() && shortIds().get(0).equals(solvedId));
        assertThat(browser.driver.findElements(ROWS))
                .allSatisfy(row -> assertThat(cells(row).get(1)).isEqualTo("CLOSED"));
        assertThat(shortIds()).doesNotContain(lateId);

        press("work:clear");
        browser.visible(By.id("work:shortId")).sendKeys(lateId);
        press("work:filter");
        browser.wait.until(d -> shortIds().equals(List.of(lateId)));
        browser.driver.findElement(ROWS).findElement(By.xpath("td[1]")).click();
        browser.wait.until(d -> messageRows().size() == 2);
        assertThat(browser.visible(By.id("conversation")).getText()).contains("Messages of conversation " + lateId);
        assertThat(cells(messageRows().get(0))).startsWith("INBOUND · CUSTOMER", anasPhone, sender, "My order is late");
        assertThat(cells(messageRows().get(1)).get(3)).isEqualTo("Order 1234");
        browser.screenshot("admin-all-work");
    }

    /** Presses a button of the filter form and waits for the form to be rendered anew. */
    private static void press(String button) {
        WebElement pressed = browser.driver.findElement(By.id(button));
        pressed.click();
        browser.wait.until(ExpectedConditions.stalenessOf(pressed));
    }

    private static List<String> shortIds() {
        return browser.driver.findElements(ROWS).stream()
                .map(row -> row.findElement(By.xpath("td[1]")).getText())
                .toList();
    }

    private static List<WebElement> messageRows() {
        return browser.driver.findElements(By.xpath("//div[@id='conversation']//tbody/tr[td[4]]"));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.xpath("td")).stream()
                .map(cell -> cell.getText().trim())
                .toList();
    }

    private static JsonObject inbound(String from, String text, String extra) {
        TestServer.Reply reply =
                request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"%s}""".formatted(from, sender, text, extra));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
