package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The forms screen as a supervisor builds a conditional form: a plain field placed twice is refused naming the place,
 * then the order number shown (and mandatory) when the reason is Complaint is saved.
 */
class AdminFormsBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-forms-failure");

    private static AdminBrowser browser;
    private static String supervisor;
    private static String reasonName;
    private static String orderName;
    private static final List<Long> FIELDS = new ArrayList<>();
    private static final List<Long> FORMS = new ArrayList<>();

    @BeforeAll
    static void twoFields() throws IOException {
        supervisor = bearer(createApiKey(unique("forms-screen-admin"), "ACCOUNT_MANAGER"));
        reasonName = unique("Reason");
        FIELDS.add(id(request("POST", API + "/form-fields", supervisor, JSON, """
                {"name": "%s", "type": "DROPDOWN", "options": ["Return: Size", "Complaint"]}""".formatted(reasonName))));
        orderName = unique("Order number");
        FIELDS.add(id(request("POST", API + "/form-fields", supervisor, JSON, """
                {"name": "%s", "type": "REGEX", "pattern": "[0-9]{6}"}""".formatted(orderName))));
        // A default form with nothing mandatory, so that the screen's form is not the default one.
        FORMS.add(id(request("POST", API + "/forms", supervisor, JSON, """
                {"name": "%s", "isDefault": true}""".formatted(unique("Plain")))));
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @AfterAll
    static void deleteWhatWasMade() {
        if (supervisor == null) {
            return;
        }
        get(API + "/forms", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").startsWith("Screen returns"))
                .forEach(f -> FORMS.add(1, (long) f.getInt("id")));
        for (int i = FORMS.size() - 1; i >= 0; i--) {
            request("DELETE", API + "/forms/" + FORMS.get(i), supervisor, null, null);
        }
        FIELDS.forEach(f -> request("DELETE", API + "/form-fields/" + f, supervisor, null, null));
    }

    @BrowserTest
    void supervisorBuildsAConditionalForm() throws IOException {
        browser.driver.get(TestServer.APP + "/admin/");
        browser.visible(By.id("signed-in-user"));
        browser.driver.findElement(By.linkText("Forms")).click();
        browser.visible(By.id("forms:new")).click();

        String name = unique("Screen returns");
        browser.visible(By.id("editor:name")).sendKeys(name);
        select("editor:places:0:field", reasonName);
        click("editor:places:0:mandatory");
        click("editor:addPlace");
        select("editor:places:1:field", reasonName);
        click("editor:save");
        message("editor:editorMessages", "ui-messages-error", "Place 2: " + reasonName + " is on the form already");
        assertThat(form(name)).isEmpty();

        select("editor:places:1:field", orderName);
        click("editor:places:1:mandatory");
        select("editor:places:1:whenField", reasonName);
        browser.driver.findElement(By.id("editor:places:1:whenValue")).sendKeys("Complaint");
        browser.screenshot("admin-form-editor");
        click("editor:save");
        message("messages", "ui-messages-info", "Form '" + name + "' saved");

        JsonObject stored = form(name).orElseThrow();
        assertThat(stored.getBoolean("isDefault")).isFalse();
        JsonArray places = stored.getJsonArray("fields");
        assertThat(places).hasSize(2);
        assertThat(places.getJsonObject(0).getBoolean("mandatory")).isTrue();
        assertThat(places.getJsonObject(1).getJsonObject("when").getString("value"))
                .isEqualTo("Complaint");
        WebElement row = browser.visible(
                By.xpath("//tbody[@id='forms:table_data']/tr[td[1][contains(normalize-space(), '" + name + "')]]"));
        assertThat(row.getText()).contains(orderName + " (mandatory) when " + reasonName + " is Complaint");
    }

    /** Clicks in the dialog after scrolling the element to the middle (the dialog grows as messages appear). */
    private static void click(String id) {
        WebElement element = browser.visible(By.id(id));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        browser.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static void select(String id, String label) {
        browser.wait.until(d -> {
            try {
                new Select(d.findElement(By.id(id))).selectByVisibleText(label);
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    private static Optional<JsonObject> form(String name) {
        return get(API + "/forms", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals(name))
                .findFirst();
    }

    private static long id(TestServer.Reply reply) {
        return ReachIT.created(reply).getJsonNumber("id").longValue();
    }

    private static WebElement message(String messagesId, String severity, String text) {
        return browser.visible(By.xpath("//div[@id='" + messagesId + "']/div[contains(@class, '" + severity + "')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }
}
