package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Settings › Surveys (issue 18) edited through the screen, and the public survey page a customer opens from the
 * survey email: they answer without signing in, the link works once, and the agent's conversation view shows the
 * score and comment (guide: "Scores and comments are visible in the agent panel").
 */
class AdminSurveysBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-surveys-failure");

    private static final List<String> texts = new CopyOnWriteArrayList<>();
    private static AdminBrowser browser;
    private static String supervisor;
    private static HttpServer gateway;

    @BeforeAll
    static void setUp() throws IOException {
        supervisor = bearer(createApiKey(unique("surveys-screen-admin"), "ACCOUNT_MANAGER"));
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            texts.add(new TestServer.Reply(200, JSON, null, null, null, body)
                    .json()
                    .getString("text", ""));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
        tearDownSetting();
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @AfterAll
    static void tearDown() {
        if (supervisor != null) {
            tearDownSetting();
        }
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    /** Surveys off with the predefined texts: the screen's toggle then switches them on. */
    private static void tearDownSetting() {
        request("PUT", API + "/surveys", supervisor, JSON, """
                {"enabled": false, "delay": "PT5M", "minimumInterval": "P7D",
                 "satisfactionQuestion": "How satisfied are you with how we handled your request?",
                 "resolvedQuestion": "Was your issue resolved?", "happyLabel": "Happy", "notHappyLabel": "Not happy"}""");
    }

    @BrowserTest
    void supervisorEditsTheSurveyAndACustomerAnswersItOnThePublicPage() throws Exception {
        browser.driver.get(TestServer.APP + "/admin/");
        browser.visible(By.id("signed-in-user"));
        browser.driver.findElement(By.linkText("Surveys")).click();
        WebElement question = browser.visible(By.id("surveys:satisfaction"));

        // A refusal beside the field, in words; the rest of the form keeps what was typed.
        question.clear();
        browser.driver.findElement(By.id("surveys:save")).click();
        browser.settle();
        assertThat(browser.text(By.xpath("//*[@id='surveys:satisfaction']/following-sibling::*[contains(@class,"
                        + " 'ui-message-error')][1]")))
                .contains("required");

        String asked = unique("How did our team do");
        browser.visible(By.id("surveys:satisfaction")).sendKeys(asked);
        WebElement delay = browser.driver.findElement(By.id("surveys:delay"));
        delay.clear();
        delay.sendKeys("1");
        browser.choose("surveys:delayUnit", "seconds");
        browser.driver.findElement(By.id("surveys:followUp")).clear();
        browser.driver.findElement(By.id("surveys:followUp")).sendKeys("Anything to add?");
        browser.driver
                .findElement(By.cssSelector("#surveys\\:enabled .ui-toggleswitch-slider"))
                .click();
        browser.driver.findElement(By.id("surveys:save")).click();
        browser.visible(By.xpath("//div[@id='messages']//li[contains(normalize-space(), 'Surveys saved')]"));
        JsonObject saved = get(API + "/surveys", supervisor).json();
        assertThat(saved.getString("satisfactionQuestion")).isEqualTo(asked);
        assertThat(saved.getString("delay")).isEqualTo("PT1S");
        assertThat(saved.getString("followUpQuestion")).isEqualTo("Anything to add?");
        assertThat(saved.getBoolean("enabled")).isTrue();

        // A customer's email conversation is solved: the survey email carries the page's link.
        String address = unique("care") + "@example.com";
        long senderId = ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "EMAIL", "address": "%s"}""".formatted(address)))
                .getInt("id");
        assertThat(request("PUT", API + "/senders/" + senderId + "/gateway", supervisor, JSON, """
                        {"url": "http://127.0.0.1:%d/hook"}""".formatted(
                                        gateway.getAddress().getPort()))
                        .status())
                .isEqualTo(200);
        long conversation = ReachIT.created(
                        request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "EMAIL", "from": "%s", "to": "%s", "subject": "Parcel", "text": "Where is it?"}""".formatted(
                                        unique("iva") + "@example.com", address)))
                .getInt("conversationId");
        assertThat(request("PUT", API + "/conversations/" + conversation + "/status", supervisor, JSON, """
                        {"status": "SOLVED"}""")
                        .status())
                .isEqualTo(200);
        String token = awaitToken(asked);

        browser.driver.get(TestServer.APP + "/survey.xhtml?token=" + token);
        assertThat(browser.text(By.id("satisfaction"))).isEqualTo(asked);
        browser.visible(By.xpath("//label[normalize-space()='Not happy']")).click();
        browser.driver.findElement(By.id("survey:comment")).sendKeys("The parcel came late");
        browser.driver.findElement(By.id("survey:send")).click();
        assertThat(browser.text(By.id("survey:thanks"))).contains("Thank you");
        browser.screenshot("survey-page");

        browser.driver.get(TestServer.APP + "/survey.xhtml?token=" + token);
        assertThat(browser.text(By.id("survey:answered"))).contains("answered already");
        browser.driver.get(TestServer.APP + "/survey.xhtml?token=" + token + "0");
        assertThat(browser.text(By.id("survey:refused"))).contains("not valid");

        browser.driver.get(TestServer.APP + "/admin/conversation.xhtml?id=" + conversation);
        assertThat(browser.text(By.id("survey-score"))).isEqualTo("Not happy");
        assertThat(browser.text(By.id("survey-comment"))).isEqualTo("The parcel came late");
    }

    private static String awaitToken(String question) throws InterruptedException {
        Pattern link = Pattern.compile("survey\\.xhtml\\?token=([A-Za-z0-9._-]+)");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        do {
            for (String text : texts) {
                Matcher found = link.matcher(text);
                if (text.contains(question) && found.find()) {
                    return found.group(1);
                }
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no survey email reached the gateway: " + texts);
    }
}
