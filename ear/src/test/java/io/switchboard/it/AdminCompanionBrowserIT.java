package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The Agent companion in the conversation view: the agent asks for the summary, asks for suggested replies, inserts
 * one into the composer to edit, and nothing is sent until they send it.
 */
class AdminCompanionBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-companion-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String line;

    @BeforeAll
    static void companionOn() {
        supervisor = bearer(createApiKey(unique("companion-browser-admin"), "ACCOUNT_MANAGER"));
        line = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        assertThat(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(line))
                        .status())
                .isEqualTo(201);
        switchCompanion(true);
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @AfterAll
    static void companionOff() {
        if (supervisor != null) {
            switchCompanion(false);
        }
    }

    static void switchCompanion(boolean on) {
        boolean shortIds = get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled");
        assertThat(request("PUT", API + "/settings", supervisor, JSON, """
                        {"shortIdEnabled": %s, "aiSummaryEnabled": %s, "suggestedRepliesEnabled": %s}""".formatted(shortIds, on, on))
                        .status())
                .isEqualTo(200);
    }

    static long customerWrites(String customer, String text) {
        return request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(customer, line, text))
                .json()
                .getJsonNumber("conversationId")
                .longValue();
    }

    // Issue 19: "The agent inserts one into the composer to edit; nothing is sent without the agent."
    @BrowserTest
    void theAgentInsertsASuggestionIntoTheComposer() throws Exception {
        String token = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L));
        String reply = "Your voucher " + token + " is extended until the end of the year.";
        long solved = customerWrites("+38591" + token, "My voucher " + token + " expired, can you extend it?");
        assertThat(request("POST", API + "/conversations/" + solved + "/messages", supervisor, JSON, """
                        {"text": "%s"}""".formatted(
                                        reply))
                        .status())
                .isEqualTo(201);
        assertThat(request("PUT", API + "/conversations/" + solved + "/status", supervisor, JSON, """
                        {"status": "SOLVED"}""")
                        .status())
                .isEqualTo(200);
        long open = customerWrites("+38592" + token, "Hello, voucher " + token + " has expired. Extend it please?");
        long deadline = System.nanoTime() + 20_000_000_000L;
        // Wait for the reply itself (the answer also quotes the customer's message, which holds the token too).
        while (!get(API + "/conversations/" + open + "/suggested-replies", supervisor)
                        .body()
                        .contains(reply)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        browser.driver.get(TestServer.APP + "/admin/conversation.xhtml?id=" + open);
        browser.visible(By.id("companion:summarize")).click();
        assertThat(browser.visible(By.id("companion:summary")).getText())
                .contains("Key points")
                .contains("What the customer asked");

        browser.visible(By.id("companion:suggest")).click();
        assertThat(browser.visible(By.id("companion:suggestions")).getText()).contains(reply);
        browser.visible(By.cssSelector(".sb-insert-suggestion")).click();
        assertThat(browser.driver.findElement(By.id("composer:reply")).getAttribute("value"))
                .isEqualTo(reply);
        browser.screenshot("agent-companion");
        // Inserted, not sent: the conversation still holds the customer's message only.
        assertThat(get(API + "/conversations/" + open + "/messages", supervisor).jsonArray())
                .hasSize(1);
    }
}
