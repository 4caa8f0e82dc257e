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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 13's conformance walk through the admin as a new supervisor: screens load what is stored, refuse what they
 * cannot take instead of changing it, ask before destroying, and survive an expired session or view.
 */
class AdminConformanceBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-conformance-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void signIn() {
        supervisor = bearer(createApiKey(unique("conformance-browser-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    // Guide: "To re-arrange routes, drag and drop them according to their priority."
    @BrowserTest
    void aRouteIsReorderedByDraggingAndByItsDownButton() {
        long sender = sender("SMS");
        long queue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(unique("Reordered"))))
                .getInt("id");
        String first = route(unique("First"), queue, sender);
        String second = route(unique("Second"), queue, sender);
        String third = route(unique("Third"), queue, sender);

        open("/admin/settings/routing.xhtml");
        browser.showAllRows("routes:table");
        // Down: the keyboard's way to move a route later.
        routeRow(first)
                .findElement(By.xpath(".//button[.//span[text()='Down']]"))
                .click();
        info("Route '" + first + "' moved to position");
        assertThat(position(first)).isGreaterThan(position(second));

        // Dragging the third route onto the second's place puts it before the second; the order is stored.
        WebElement dragged = routeRow(third).findElement(By.xpath("./td[2]"));
        WebElement target = routeRow(second).findElement(By.xpath("./td[2]"));
        new Actions(browser.driver)
                .clickAndHold(dragged)
                .pause(Duration.ofMillis(200))
                .moveByOffset(0, -5)
                .pause(Duration.ofMillis(200))
                .moveToElement(target, 0, -8)
                .pause(Duration.ofMillis(300))
                .release()
                .perform();
        info("Route '" + third + "' moved to position");
        assertThat(browser.driver.getPageSource()).doesNotContain("Something went wrong");
        assertThat(position(third)).isLessThan(position(second));
        browser.driver.navigate().refresh();
        browser.showAllRows("routes:table");
        assertThat(routeRow(third).findElement(By.xpath("./td[1]")).getText())
                .isEqualTo(String.valueOf(position(third)));
        // Priorities read as words, not constants.
        assertThat(routeRow(third).getText()).contains("Normal").doesNotContain("NORMAL");
    }

    @BrowserTest
    void theAssignmentPanelShowsTheQueuesOwnModeAndTheTableShowsLabels() {
        String name = unique("Assignment off");
        long queue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(name)))
                .getInt("id");

        open("/admin/settings/queues.xhtml");
        browser.choose("assignment:queue", name);
        browser.wait.until(ExpectedConditions.textToBe(By.id("assignment:mode_label"), "Nobody (off)"));
        browser.driver.findElement(By.id("assignment:save")).click();
        info("Automatic assignment of '" + name + "' set to: Nobody (off)");
        assertThat(get(API + "/queues/" + queue, supervisor).json().getString("autoAssignment"))
                .isEqualTo("OFF");
        WebElement row =
                browser.visible(By.xpath("//tbody[@id='queues:table_data']/tr[td[1][contains(., '" + name + "')]]"));
        assertThat(row.getText()).contains("Nobody (off)").doesNotContain("OFF");
        assertThat(browser.driver.findElement(By.id("queues:table")).getText()).doesNotContain("ANY_AVAILABLE_AGENT");
    }

    @BrowserTest
    void theSlaEditorShowsThePolicysQueuesAndSavingKeepsThem() {
        String queueName = unique("SLA scoped");
        long queue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(queueName)))
                .getInt("id");
        String name = unique("Scoped policy");
        long sender = sender("SMS");
        long policy = created(
                        request("POST", API + "/sla-policies", supervisor, JSON, """
                {
                    "name": "%s",
                    "conditions": {
                        "join": "AND",
                        "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%s"}]
                    },
                    "queueScope": "ONLY",
                    "queueIds": [%s],
                    "severities": [{"name": "Default", "firstResponseMinutes": 30}]
                }""".formatted(name, sender, queue)))
                .getInt("id");
        try {
            open("/admin/settings/sla.xhtml");
            browser.showAllRows("policies:table");
            WebElement row = browser.visible(
                    By.xpath("//tbody[@id='policies:table_data']/tr[td[normalize-space()='" + name + "']]"));
            WebElement button = row.findElement(By.cssSelector(".ui-menubutton button"));
            String menu = button.getAttribute("id").replaceFirst("_button$", "_menu");
            button.click();
            browser.visible(By.xpath("//div[@id='" + menu + "']//a[.//span[normalize-space()='Edit']]"))
                    .click();
            browser.visible(By.id("editor:save"));
            // The menu's ticked boxes are the policy's queues.
            assertThat(browser
                            .driver
                            .findElements(By.xpath("//div[@id='editor:queues']//input[@type='checkbox'][@checked]"))
                            .stream()
                            .map(box -> browser.driver
                                    .findElement(By.xpath("//label[@for='" + box.getAttribute("id") + "']"))
                                    .getAttribute("textContent")
                                    .trim())
                            .toList())
                    .containsExactly(queueName);
            assertThat(browser.driver.findElement(By.id("editor:queues")).getText())
                    .contains(queueName);
            browser.driver.findElement(By.id("editor:save")).click();
            info("SLA policy '" + name + "' saved");
            JsonObject stored = get(API + "/sla-policies/" + policy, supervisor).json();
            assertThat(stored.getString("queueScope")).isEqualTo("ONLY");
            assertThat(stored.getJsonArray("queueIds").getJsonNumber(0).longValue())
                    .isEqualTo(queue);
        } finally {
            request("DELETE", API + "/sla-policies/" + policy, supervisor, null, null);
        }
    }

    @BrowserTest
    void aWaitingStrategyShowsItsSenderANewOneStartsEmptyAndDeletingAsksFirst() {
        String address = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        long sender = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(address)))
                .getInt("id");
        String name = unique("Announcing");
        created(request("POST", API + "/waiting-strategies", supervisor, JSON, """
                {
                    "senderId": %s,
                    "name": "%s",
                    "welcome": {"enabled": false},
                    "announcement": {"enabled": true, "text": "Thanks for waiting", "everyMinutes": 7},
                    "maxWait": {"enabled": true, "text": "Sorry, we close now", "minutes": 12}
                }""".formatted(sender, name)));

        open("/admin/settings/waiting-strategies.xhtml");
        strategyRow(name)
                .findElement(By.xpath(".//button[.//span[text()='Edit']]"))
                .click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("tabs:messaging:name"), "value", name));
        assertThat(browser.visible(By.id("tabs:messaging:sender-shown")).getAttribute("value"))
                .contains(address);

        // "New instead": nothing of the edited strategy stays in the form.
        browser.driver.findElement(By.id("tabs:messaging:cancel-edit")).click();
        browser.visible(By.id("tabs:messaging:sender"));
        assertThat(browser.driver.findElement(By.id("tabs:messaging:name")).getAttribute("value"))
                .isEmpty();
        assertThat(browser.driver
                        .findElement(By.id("tabs:messaging:announcement-text"))
                        .getAttribute("value"))
                .isEmpty();
        assertThat(browser.driver
                        .findElement(By.id("tabs:messaging:announcement-every"))
                        .getAttribute("value"))
                .isEqualTo("5");
        assertThat(browser.driver.findElement(By.id("tabs:messaging:max-wait")).getAttribute("value"))
                .isEqualTo("30");
        assertThat(browser.driver
                        .findElement(By.id("tabs:messaging:announcement-enabled_input"))
                        .isSelected())
                .isFalse();
        assertThat(browser.driver
                        .findElement(By.id("tabs:messaging:max-wait-enabled_input"))
                        .isSelected())
                .isFalse();

        // Delete asks first; Cancel keeps the strategy.
        strategyRow(name)
                .findElement(By.xpath(".//button[.//span[text()='Delete']]"))
                .click();
        assertThat(browser.visible(By.id("confirm:dialog")).getText()).contains("Delete " + name + "?");
        browser.driver.findElement(By.id("confirm:no")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm:dialog")));
        assertThat(strategies()).contains(name);
        strategyRow(name)
                .findElement(By.xpath(".//button[.//span[text()='Delete']]"))
                .click();
        browser.visible(By.id("confirm:yes")).click();
        info("Waiting strategy '" + name + "' deleted");
        assertThat(strategies()).doesNotContain(name);
    }

    @BrowserTest
    void aCapacityOutOfRangeIsRefusedBesideTheFieldAsTyped() {
        int stored = get(API + "/capacity", supervisor).json().getInt("LIVE_CHAT");
        open("/admin/settings/capacity.xhtml");
        for (String typed : List.of("5000", "-3")) {
            type("defaults:liveChat", typed);
            WebElement before = browser.driver.findElement(By.id("defaults:liveChat"));
            browser.driver.findElement(By.id("defaults:save")).click();
            // The form is drawn again with the refusal.
            browser.wait.until(ExpectedConditions.stalenessOf(before));
            WebElement beside = browser.visible(By.xpath(
                    "//input[@id='defaults:liveChat']/parent::div" + "//*[contains(@class, 'ui-message-error')]"));
            assertThat(beside.getText()).isEqualTo("Capacity for Live Chat: enter a whole number from 0 to 1000");
            assertThat(browser.driver.findElement(By.id("defaults:liveChat")).getAttribute("value"))
                    .isEqualTo(typed);
            assertThat(get(API + "/capacity", supervisor).json().getInt("LIVE_CHAT"))
                    .isEqualTo(stored);
        }
        // The API refuses the same, naming the field.
        TestServer.Reply refused = request("PUT", API + "/capacity", supervisor, JSON, """
                {"capacities": {"LIVE_CHAT": 5000}}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("capacities.LIVE_CHAT");
    }

    @BrowserTest
    void everySettingsPageHasOneSharedConfirmDialog() {
        for (String page : List.of(
                "queues",
                "routing",
                "api-keys",
                "working-hours",
                "waiting-strategies",
                "sla",
                "agent-statuses",
                "capacity",
                "agents")) {
            open("/admin/settings/" + page + ".xhtml");
            assertThat(browser.driver.findElements(By.cssSelector(".ui-confirm-dialog")))
                    .as(page)
                    .hasSize(1);
        }
    }

    @BrowserTest
    void anExpiredSessionSendsAButtonToSignInAndBack() {
        open("/admin/settings/queues.xhtml");
        // The server no longer knows the browser's session: as after the session timeout.
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.driver.manage().addCookie(new Cookie("JSESSIONID", "expired" + session.getValue(), session.getPath()));
        browser.driver.findElement(By.id("create:submit")).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        assertThat(browser.visible(By.id("login:expired")).getText()).contains("Your session expired, sign in again");

        browser.visible(By.id("login:username")).sendKeys("admin");
        browser.driver.findElement(By.id("login:password")).sendKeys(TestServer.adminPassword());
        browser.driver.findElement(By.id("login:submit")).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin/settings/queues.xhtml"));
        browser.visible(By.id("create:submit"));
    }

    @BrowserTest
    void aForgedOrExpiredViewStateRedisplaysThePageNeverAnError() {
        open("/admin/settings/queues.xhtml");
        String name = unique("Never created");
        type("create:name", name);
        forgeViewState("create");
        browser.driver.findElement(By.id("create:submit")).click();
        browser.visible(By.xpath("//div[@id='messages']//li[contains(normalize-space(), 'out of date')]"));
        assertThat(browser.driver.getPageSource()).doesNotContain("Something went wrong");
        assertThat(get(API + "/queues", supervisor).body()).doesNotContain(name);

        // A full-page post (Sign out) with a forged state: the page again, still signed in.
        forgeViewState("session");
        browser.driver.findElement(By.id("session:logout")).click();
        browser.visible(By.xpath("//div[@id='messages']//li[contains(normalize-space(), 'out of date')]"));
        assertThat(browser.driver.getCurrentUrl()).contains("/admin/settings/queues.xhtml");
        browser.visible(By.id("signed-in-user"));
    }

    // ---- helpers

    private static void open(String page) {
        browser.driver.get(APP + page);
        browser.visible(By.id("signed-in-user"));
    }

    private static void forgeViewState(String form) {
        ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "document.getElementById(arguments[0]).querySelector(\"input[name='jakarta.faces.ViewState']\")"
                                + ".value = 'forged:-1234567890:987654321';",
                        form);
    }

    private static void type(String inputId, String text) {
        WebElement input = browser.visible(By.id(inputId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private static void info(String text) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[@id='messages']/div[contains("
                + "@class, 'ui-messages-info')]//li[contains(normalize-space(), \"" + text + "\")]")));
    }

    private static long sender(String channel) {
        String address = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        return created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "%s", "address": "%s"}""".formatted(channel, address)))
                .getInt("id");
    }

    private static String route(String name, long queue, long sender) {
        created(request("POST", API + "/routes", supervisor, JSON, """
                {
                    "name": "%s",
                    "queueId": %s,
                    "conditions": {
                        "join": "AND",
                        "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%s"}]
                    }
                }""".formatted(name, queue, sender)));
        return name;
    }

    private static int position(String route) {
        return get(API + "/routes", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals(route))
                .findFirst()
                .orElseThrow()
                .getInt("position");
    }

    private static WebElement routeRow(String name) {
        return browser.visible(
                By.xpath("//tbody[@id='routes:table_data']/tr[td[2][normalize-space()='" + name + "']]"));
    }

    private static WebElement strategyRow(String name) {
        return browser.visible(
                By.xpath("//tbody[@id='tabs:messaging-list:table_data']/tr[td[1][text()='" + name + "']]"));
    }

    private static List<String> strategies() {
        return get(API + "/waiting-strategies", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name"))
                .toList();
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }
}
