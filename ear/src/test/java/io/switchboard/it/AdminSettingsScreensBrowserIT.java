package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The settings that had no screen (issue 15): senders with their gateway and its secret shown once, tags, the short ID,
 * custom attributes of people and companies. Each through the screen, checked through the API.
 */
class AdminSettingsScreensBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-settings-screens-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("settings-screens-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
        // One sign-in for the class: the session stays for its tests.
        browser.signInAsAdmin();
    }

    /** The admin's home, signed in, for each test to start from. */
    private static void openAdmin() {
        browser.driver.get(TestServer.APP + "/admin/");
        browser.visible(By.id("signed-in-user"));
    }

    @BrowserTest
    void supervisorManagesSendersAndTheirGateway() throws IOException {
        openAdmin();
        browser.driver.findElement(By.linkText("Senders")).click();
        browser.visible(By.id("senders:table"));

        // Refusals beside the field, in words.
        browser.visible(By.id("create:submit")).click();
        assertThat(besides("create:channel")).isEqualTo("Choose the channel");
        assertThat(besides("create:address")).contains("Enter the address");

        String address = phone();
        String name = unique("Support line");
        browser.choose("create:channel", "SMS");
        browser.visible(By.id("create:address")).sendKeys(address);
        browser.driver.findElement(By.id("create:name")).sendKeys(name);
        browser.driver.findElement(By.id("create:submit")).click();
        info("Sender SMS " + address + " created");
        long id = sender(address).getInt("id");

        // A second sender with the same address is refused in words.
        browser.choose("create:channel", "SMS");
        browser.visible(By.id("create:address")).sendKeys(address);
        browser.driver.findElement(By.id("create:submit")).click();
        assertThat(besides("create:address")).isEqualTo("A SMS sender with this address exists");

        // Search, then rename in the editor dialog.
        search(address);
        row(address).findElement(By.xpath(".//button[.//span[text()='Edit']]")).click();
        WebElement nameInput = browser.visible(By.id("editor:name"));
        nameInput.clear();
        String renamed = unique("Renamed line");
        nameInput.sendKeys(renamed);
        browser.driver.findElement(By.id("editor:save")).click();
        message("editor:editorMessages", "ui-messages-info", "Sender SMS " + address + " saved");
        assertThat(sender(address).getString("name")).isEqualTo(renamed);

        // The gateway: a refused URL beside the field; a good one issues the secret, shown this once.
        WebElement url = browser.visible(By.id("editor:gatewayUrl"));
        url.sendKeys("ftp://gateway.example.com");
        browser.driver.findElement(By.id("editor:saveGateway")).click();
        assertThat(besides("editor:gatewayUrl")).doesNotContain("url:").isNotBlank();
        assertThat(get(API + "/senders/" + id + "/gateway", supervisor).status())
                .isEqualTo(404);

        url = browser.visible(By.id("editor:gatewayUrl"));
        url.clear();
        url.sendKeys("http://127.0.0.1:9/hook");
        browser.driver.findElement(By.id("editor:saveGateway")).click();
        String secret = browser.visible(By.id("editor:secretValue")).getAttribute("value");
        assertThat(secret).isNotBlank();
        browser.screenshot("admin-senders-secret");
        clickInDialog("editor:copied");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:secretValue")));
        assertThat(browser.driver.getPageSource()).doesNotContain(secret);

        // Rotation asks first, then shows the new secret once.
        browser.visible(By.id("editor:rotate")).click();
        browser.visible(By.cssSelector("#confirm\\:dialog .ui-confirmdialog-yes"))
                .click();
        String rotated = browser.visible(By.id("editor:secretValue")).getAttribute("value");
        assertThat(rotated).isNotBlank().isNotEqualTo(secret);
        clickInDialog("editor:copied");
        browser.driver
                .findElement(By.cssSelector("#editorDialog .ui-dialog-titlebar-close"))
                .click();

        // Delete after the confirmation.
        row(address)
                .findElement(By.xpath(".//button[.//span[text()='Delete']]"))
                .click();
        browser.visible(By.cssSelector("#confirm\\:dialog .ui-confirmdialog-yes"))
                .click();
        info("Sender SMS " + address + " deleted");
        assertThat(get(API + "/senders/" + id, supervisor).status()).isEqualTo(404);
    }

    @BrowserTest
    void supervisorManagesTagsAndTheShortId() throws IOException {
        boolean shortIdBefore = get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled");
        openAdmin();
        browser.driver.findElement(By.linkText("General setup")).click();

        String tag = unique("vip");
        browser.visible(By.id("tags:newTag")).sendKeys(tag);
        browser.driver.findElement(By.id("tags:create")).click();
        info("Tag '" + tag + "' created");
        browser.visible(By.id("tags:newTag")).sendKeys(tag);
        browser.driver.findElement(By.id("tags:create")).click();
        // A name another tag has is refused beside the input, in the words of its label.
        assertThat(browser.visible(By.xpath("//*[@id='tags:newTag']/following-sibling::*[contains(@class,"
                                + " 'ui-message-error')][1]"))
                        .getText()
                        .trim())
                .isEqualTo("A tag named '" + tag + "' exists");

        String renamed = unique("gold");
        tagRow(tag).findElement(By.xpath(".//button[.//span[text()='Rename']]")).click();
        WebElement name = browser.visible(By.id("rename:name"));
        name.clear();
        name.sendKeys(renamed);
        browser.driver.findElement(By.id("rename:save")).click();
        info("Tag renamed to '" + renamed + "'");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("rename:name")));
        assertThat(tagNames()).contains(renamed).doesNotContain(tag);

        tagRow(renamed)
                .findElement(By.xpath(".//button[.//span[text()='Delete']]"))
                .click();
        // The focus waits on Cancel: Enter alone deletes nothing.
        browser.visible(By.cssSelector("#confirm\\:dialog .ui-confirmdialog-yes"))
                .click();
        info("Tag '" + renamed + "' deleted");
        assertThat(tagNames()).doesNotContain(renamed);

        try {
            browser.visible(By.cssSelector("#shortId\\:enabled .ui-toggleswitch-slider"))
                    .click();
            info(shortIdBefore ? "Short ID off" : "Short ID on");
            assertThat(get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled"))
                    .isEqualTo(!shortIdBefore);
        } finally {
            request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": %s}""".formatted(shortIdBefore));
        }
    }

    @BrowserTest
    void supervisorDefinesCustomAttributesWithTheirTypeAndSensitivity() throws IOException {
        openAdmin();
        browser.driver.findElement(By.linkText("Custom attributes")).click();

        browser.visible(By.id("create:name")).sendKeys("1st contract");
        browser.driver.findElement(By.id("create:submit")).click();
        assertThat(besides("create:name")).isEqualTo("Start with a letter; then use letters, digits or _ only");

        String name = "contract" + ThreadLocalRandom.current().nextInt(1_000_000);
        WebElement input = browser.visible(By.id("create:name"));
        input.clear();
        input.sendKeys(name);
        browser.choose("create:owner", "Company");
        browser.choose("create:type", "Date");
        browser.driver.findElement(By.id("create:submit")).click();
        info("Company attribute '" + name + "' created");
        WebElement row = attributeRow(name);
        assertThat(row.getText()).contains("Company").contains("Date").doesNotContain("COMPANY");
        JsonObject stored = attribute(name);
        assertThat(stored.getString("type")).isEqualTo("DATE");
        assertThat(stored.getBoolean("sensitive")).isFalse();

        row.findElement(By.cssSelector(".ui-toggleswitch-slider")).click();
        info("'" + name + "' is sensitive now");
        assertThat(attribute(name).getBoolean("sensitive")).isTrue();
        browser.screenshot("admin-attributes");
    }

    @BrowserTest
    void supervisorCreatesAPersonAsAgentAndSetsTheirWrapUpTime() throws IOException {
        openAdmin();
        browser.driver.findElement(By.linkText("Agents")).click();
        browser.visible(By.id("person:submit")).click();
        assertThat(besides("person:username")).isEqualTo("Enter a username");

        String username = unique("pia");
        String name = unique("Pia Agent");
        browser.visible(By.id("person:username")).sendKeys(username);
        browser.driver.findElement(By.id("person:name")).sendKeys(name);
        browser.driver.findElement(By.id("person:password")).sendKeys("correct-horse-battery");
        browser.driver.findElement(By.id("person:submit")).click();
        info("Agent '" + name + "' created; they sign in as " + username);
        JsonObject agent = get(API + "/agents", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(agent.getString("kind")).isEqualTo("HUMAN");
        long id = agent.getJsonNumber("id").longValue();

        WebElement wrapUp = browser.visible(By.id("edit:wrapUp"));
        wrapUp.sendKeys(Keys.chord(Keys.CONTROL, "a"), "45");
        browser.driver.findElement(By.id("edit:save")).click();
        info("Agent '" + name + "' saved");
        assertThat(get(API + "/agents/" + id + "/status", supervisor).json().getInt("wrapUpSeconds"))
                .isEqualTo(45);
    }

    @BrowserTest
    void supervisorEditsAVoiceWaitingStrategy() throws IOException {
        TestServer.Reply line = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "VOICE", "address": "%s"}""".formatted(phone()));
        assertThat(line.status()).as(line.body()).isEqualTo(201);
        String name = unique("Hotline wait");
        TestServer.Reply created = request("POST", API + "/waiting-strategies/voice", supervisor, JSON, """
                {
                    "senderId": %s,
                    "name": "%s",
                    "maxWaitSeconds": 600,
                    "greeting": {"enabled": true, "source": "TEXT_TO_SPEECH", "text": "Thank you for calling",
                                 "language": "en-US"},
                    "holdMusic": {"enabled": false, "source": "FILE"},
                    "announcement": {"enabled": false, "source": "TEXT_TO_SPEECH", "everySeconds": 60,
                                     "language": "en-US"},
                    "maxWaitMessage": {"enabled": false, "source": "TEXT_TO_SPEECH", "language": "en-US"}
                }""".formatted(
                        line.json().getInt("id"), name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();

        openAdmin();
        browser.driver.findElement(By.linkText("Waiting strategies")).click();
        browser.visible(By.xpath("//a[normalize-space()='Voice']")).click();
        browser.visible(By.xpath("//tbody[@id='tabs:voice-list:table_data']/tr[td[1][normalize-space()='" + name
                        + "']]//button[.//span[text()='Edit']]"))
                .click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("tabs:voice:voice-name"), "value", name));
        WebElement maxWait = browser.visible(By.id("tabs:voice:voice-max-wait"));
        maxWait.clear();
        maxWait.sendKeys("300");
        browser.driver.findElement(By.id("tabs:voice:save-voice")).click();
        info("Voice waiting strategy '" + name + "' saved");
        JsonObject stored =
                get(API + "/waiting-strategies/voice/" + id, supervisor).json();
        assertThat(stored.getInt("maxWaitSeconds")).isEqualTo(300);
        assertThat(stored.getJsonObject("greeting").getString("text")).isEqualTo("Thank you for calling");
    }

    @BrowserTest
    void managersFilterTheSlaBreachReportAndExportIt() throws IOException {
        openAdmin();
        browser.driver.findElement(By.linkText("SLA breaches")).click();
        // Reports filter by form and field value, as All Work does; a value alone is refused beside its input.
        browser.visible(By.id("filter:fieldValue")).sendKeys("ORD-7");
        browser.driver.findElement(By.id("filter:search")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//*[@id='filter:fieldValue']/following-sibling::*[contains(@class, 'ui-message')]"),
                "choose the input field"));
        browser.settle();
        browser.visible(By.id("filter:fieldValue")).clear();
        browser.choose("filter:metric", "Resolution");
        browser.driver.findElement(By.id("filter:search")).click();
        browser.visible(By.id("report:table"));
        // The table is drawn again by the search's answer: read it as it is once that answer is in.
        String table = browser.wait.until(d -> {
            try {
                return d.findElement(By.id("report:table")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
        assertThat(table).doesNotContain("FIRST_RESPONSE").doesNotContain("NEXT_REPLY");

        // The filter form was just drawn again: click the button as it is now.
        browser.wait.until(d -> {
            d.findElement(By.id("filter:export")).click();
            return true;
        });
        info("Export started");
        browser.wait.until(ExpectedConditions.textToBe(By.id("exportPanel:exportStatus"), "Ready"));
        browser.visible(By.id("exportPanel:download"));
        browser.screenshot("admin-sla-breaches");
    }

    @BrowserTest
    void aQueuesDetailPageRemovesAgentsAndAddsEverySender() throws IOException {
        String queueName = unique("Detail queue");
        TestServer.Reply queue = request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(queueName));
        assertThat(queue.status()).as(queue.body()).isEqualTo(201);
        long queueId = queue.json().getJsonNumber("id").longValue();
        String bot = unique("Detail bot");
        assertThat(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "%s", "queueIds": [%s]}""".formatted(bot, queueId))
                        .status())
                .isEqualTo(201);
        TestServer.Reply sender = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(phone()));
        assertThat(sender.status()).as(sender.body()).isEqualTo(201);
        boolean perQueueBefore = get(API + "/settings", supervisor).json().getBoolean("sendersPerQueueEnabled");

        openAdmin();
        browser.driver.get(TestServer.APP + "/admin/settings/queue.xhtml?id=" + queueId);
        assertThat(browser.visible(By.id("queue-name")).getText()).isEqualTo(queueName);
        browser.visible(By.id("notifications:newConversation"));

        // Remove the only agent after the confirmation: the notifications go with them.
        browser.visible(By.xpath("//tbody[@id='agents:table_data']/tr[td[1][normalize-space()='" + bot
                        + "']]//button[.//span[text()='Remove']]"))
                .click();
        browser.visible(By.cssSelector("#confirm\\:dialog .ui-confirmdialog-yes"))
                .click();
        info(bot + " no longer works in '" + queueName + "'");
        assertThat(browser.visible(By.id("notifications")).getText()).contains("Add agents to this queue first");
        browser.visible(By.xpath("//*[@id='agents:table']//td[contains(., 'No agents work here yet')]"));

        try {
            if (!perQueueBefore) {
                browser.visible(By.cssSelector("[id='senders:perQueue'] .ui-toggleswitch-slider"))
                        .click();
                info("Each queue now has its own senders");
            }
            browser.visible(By.id("senders:addAll")).click();
            info("All senders added to '" + queueName + "'");
            JsonObject stored = get(API + "/queues/" + queueId, supervisor).json();
            int all = get(API + "/senders", supervisor).jsonArray().size();
            assertThat(stored.getJsonArray("senderIds")).hasSize(all);
            assertThat(stored.isNull("defaultSenderId")).isFalse();
            browser.wait.until(d -> !d.findElement(By.id("senders:addAll")).isEnabled());
        } finally {
            request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": %s, "sendersPerQueueEnabled": %s}""".formatted(
                            get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled"), perQueueBefore));
        }

        // A queue that is not there: the page says so, in words.
        browser.driver.get(TestServer.APP + "/admin/settings/queue.xhtml?id=999999999");
        assertThat(browser.visible(By.id("missing")).getText()).contains("does not exist or was deleted");
    }

    /** A button of the modal editor, clicked where it is even when the dialog reaches below the window. */
    private static void clickInDialog(String id) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click()", browser.visible(By.id(id)));
    }

    private static JsonObject attribute(String name) {
        return get(API + "/attributes", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static java.util.List<String> tagNames() {
        return get(API + "/tags", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("name"))
                .toList();
    }

    private static JsonObject sender(String address) {
        return get(API + "/senders", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("address").equals(address))
                .findFirst()
                .orElseThrow();
    }

    private static void search(String text) {
        WebElement query = browser.visible(By.id("senders:query"));
        query.clear();
        query.sendKeys(text);
        browser.driver.findElement(By.id("senders:search")).click();
        browser.wait.until(d ->
                d.findElements(By.xpath("//tbody[@id='senders:table_data']/tr")).size() == 1);
    }

    private static WebElement row(String address) {
        return browser.visible(
                By.xpath("//tbody[@id='senders:table_data']/tr[td[2][normalize-space()='" + address + "']]"));
    }

    private static WebElement tagRow(String name) {
        return browser.visible(By.xpath("//tbody[@id='tags:table_data']/tr[td[1][normalize-space()='" + name + "']]"));
    }

    private static WebElement attributeRow(String name) {
        return browser.visible(
                By.xpath("//tbody[@id='attributes:table_data']/tr[td[2][normalize-space()='" + name + "']]"));
    }

    /** The error shown beside a field. */
    private static String besides(String fieldId) {
        return browser.visible(By.xpath("//*[@id='" + fieldId + "']/following-sibling::*[contains(@class,"
                        + " 'ui-message-error')][1]"))
                .getText();
    }

    private static WebElement info(String text) {
        return message("messages", "ui-messages-info", text);
    }

    private static WebElement message(String messagesId, String severity, String text) {
        return browser.visible(By.xpath("//div[@id='" + messagesId + "']/div[contains(@class, '" + severity + "')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
