package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Voice of the customer dashboard (guide: "insight into customers' feedback that they provide after a conversation
 * with an agent over surveys"; "Scores and comments are visible in the agent panel and in the Voice of the Customer
 * dashboard"): a supervisor opens it from the menu, reads the CSAT figures, charts and comments, is told beside the
 * field when the range runs backwards, and drills down to the conversations. Writes docs/voice-of-the-customer.png.
 */
class AdminVoiceBrowserIT {

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-voice-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static VoiceOfTheCustomerIT.DataSet data;

    @BeforeAll
    static void setUp() throws Exception {
        supervisor = bearer(createApiKey(unique("voice-screen-admin"), "ACCOUNT_MANAGER"));
        data = VoiceOfTheCustomerIT.generate(supervisor);
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @AfterAll
    static void tearDown() {
        if (supervisor != null) {
            VoiceOfTheCustomerIT.switchOff(supervisor);
        }
    }

    @BrowserTest
    void supervisorReadsTheCustomersVoiceAndDrillsDown() throws Exception {
        browser.driver.get(TestServer.APP + "/admin/");
        browser.visible(By.id("signed-in-user"));
        browser.driver.findElement(By.linkText("Voice of the customer")).click();
        assertThat(browser.text(By.id("csat-summary"))).contains("happy").contains("answers");
        assertThat(browser.text(By.id("time-zone"))).isEqualTo("UTC");
        for (String chart : new String[] {"csat-chart", "sentiment-chart", "trend-chart"}) {
            browser.visible(By.cssSelector("[id='voice:" + chart + "'] canvas"));
        }

        // The queue's row: two happy of three answers.
        WebElement queueRow = browser.visible(
                By.xpath("//*[@id='voice:by-queue']//tr[.//a[normalize-space()='" + data.queue() + "']]"));
        assertThat(queueRow.getText()).contains("66.7%");
        WebElement agentRow = browser.visible(
                By.xpath("//*[@id='voice:by-agent']//tr[.//a[normalize-space()='" + data.agent() + "']]"));
        assertThat(agentRow.getText()).contains("66.7%");
        WebElement tagRow =
                browser.visible(By.xpath("//*[@id='voice:by-tag']//tr[.//a[normalize-space()='" + data.tag() + "']]"));
        assertThat(tagRow.getText()).contains("50.0%");
        WebElement comment = browser.visible(
                By.xpath("//*[@id='voice:comments']//tr[.//td[normalize-space()='Took three days to answer']]"));
        assertThat(comment.getText()).contains("Not happy").contains(data.queue());
        assertThat(browser.text(By.id("sentiment-summary")))
                .contains("negative")
                .contains("positive");
        saveToDocs("voice-of-the-customer", 1900);

        // A range that runs backwards is refused beside the field, in words.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        WebElement from = browser.driver.findElement(By.id("voice:from_input"));
        from.sendKeys(Keys.chord(Keys.CONTROL, "a"), today.plusDays(3).toString(), Keys.TAB);
        browser.driver.findElement(By.id("voice:show")).click();
        browser.settle();
        assertThat(browser.text(By.xpath(
                        "//*[@id='voice:from']/following-sibling::*[contains(@class, 'ui-message-error')][1]")))
                .contains("must not be after to");

        // Drill down: the comment opens its conversation, with the score and comment in the agent's panel.
        browser.driver.get(TestServer.APP + "/admin/work/voice.xhtml");
        browser.visible(By.xpath("//*[@id='voice:comments']//tr[.//td[normalize-space()='Took three days to answer']]"
                        + "//a[normalize-space()='Open']"))
                .click();
        assertThat(browser.text(By.id("survey-score"))).isEqualTo("Not happy");
        assertThat(browser.text(By.id("survey-comment"))).isEqualTo("Took three days to answer");

        // The queue's row opens All Work filtered by that queue.
        browser.driver.get(TestServer.APP + "/admin/work/voice.xhtml");
        browser.visible(By.xpath("//*[@id='voice:by-queue']//a[normalize-space()='" + data.queue() + "']"))
                .click();
        assertThat(browser.text(By.id("work:queue_label"))).isEqualTo(data.queue());
        assertThat(browser.text(By.id("work:conversations"))).doesNotContain("No conversations");
    }

    /** An Analytics Manager reads the dashboard too (the guide: "Can check analytics and reports"). */
    @BrowserTest
    void analyticsManagerReadsTheDashboard() {
        String username = unique("voice-analyst");
        String password = "a long enough password";
        ReachIT.created(
                request("POST", API + "/users", supervisor, "application/json", """
                {"username": "%s", "name": "Voice Analyst", "password": "%s", "roles": ["ANALYTICS_MANAGER"]}""".formatted(username, password)));
        browser.driver.get(TestServer.APP + "/admin/");
        browser.visible(By.id("signed-in-user"));
        browser.driver.findElement(By.id("session:logout")).click();
        try {
            browser.driver.get(TestServer.APP + "/admin/");
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
            browser.visible(By.id("login:username")).sendKeys(username);
            browser.driver.findElement(By.id("login:password")).sendKeys(password);
            browser.driver.findElement(By.id("login:submit")).click();
            browser.visible(By.id("signed-in-user"));
            browser.driver.findElement(By.linkText("Voice of the customer")).click();
            assertThat(browser.text(By.id("csat-summary"))).contains("answers");
            browser.visible(By.xpath("//*[@id='voice:by-queue']//a[normalize-space()='" + data.queue() + "']"));
        } finally {
            browser.driver.findElement(By.id("session:logout")).click();
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
            browser.signInAsAdmin();
        }
    }

    /** A screenshot of the page as tall as asked, into the repository's docs/ (the module runs in ear/). */
    private static void saveToDocs(String name, int height) throws IOException {
        Dimension before = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(1280, height));
        try {
            Path docs = Path.of("..", "docs");
            Files.createDirectories(docs);
            Files.copy(
                    ((TakesScreenshot) browser.driver)
                            .getScreenshotAs(OutputType.FILE)
                            .toPath(),
                    docs.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }
}
