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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The working-hours screen in the browser: a weekly editor with midnight spans, refusals naming the field. */
class AdminWorkingHoursBrowserIT {

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-working-hours-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("hours-browser-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
    }

    @BrowserTest
    void supervisorDefinesAWeekAndSeesTheDefaultMarker() throws IOException {
        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("Working hours")).click();
        WebElement defaultRow = row("Around the clock");
        assertThat(defaultRow.getText()).contains("Default");

        String name = unique("Night desk");
        type("editor:name", name);
        // Monday to Friday start as 08:00-16:00; Monday becomes 22:00 to 06:00 the next day.
        type("editor:days:0:intervals:0:start", "22:00");
        type("editor:days:0:intervals:0:end", "06:00");
        browser.driver
                .findElement(By.xpath(
                        "//*[@id='editor:days:0:intervals:0:nextDay']//div[contains(@class," + " 'ui-chkbox-box')]"))
                .click();
        type("editor:away", "Back at 22:00");
        browser.driver.findElement(By.id("editor:save")).click();
        message("ui-messages-info", "Working hours '" + name + "' saved");
        assertThat(row(name).getText()).contains("Mon 22:00–06:00 (+1)", "Tue 08:00–16:00");
        browser.screenshot("admin-working-hours");

        JsonObject saved = get(API + "/working-hours", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(saved.getString("awayMessage")).isEqualTo("Back at 22:00");
        assertThat(saved.getJsonObject("days")
                        .getJsonArray("MONDAY")
                        .getJsonObject(0)
                        .getBoolean("endsNextDay"))
                .isTrue();

        // Tuesday 08:00 to 07:00 on the same day is inverted: refused in words, naming the day and the interval.
        row(name).findElement(By.xpath(".//button[.//span[text()='Edit']]")).click();
        browser.wait.until(
                d -> d.findElement(By.id("editor:name")).getAttribute("value").equals(name));
        type("editor:days:1:intervals:0:end", "07:00");
        browser.driver.findElement(By.id("editor:save")).click();
        message("ui-messages-error", "Tuesday, interval 1: the end must be after the start");

        assertThat(request("DELETE", API + "/working-hours/" + saved.getInt("id"), supervisor, null, null)
                        .status())
                .isEqualTo(204);
    }

    private static void type(String id, String text) {
        WebElement input = browser.visible(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static WebElement row(String name) {
        return browser.visible(
                By.xpath("//tbody[@id='periods:table_data']/tr[td[1][normalize-space()='" + name + "']]"));
    }

    private static WebElement message(String severity, String text) {
        return browser.visible(By.xpath("//div[@id='messages']/div[contains(@class, '" + severity + "')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }
}
