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
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The form fields screen as a supervisor uses it: a refused pattern beside its input, then a Regex and a Dropdown. */
class AdminFormFieldsBrowserIT {

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-form-fields-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("form-fields-screen-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
        browser.signInAsAdmin();
    }

    @AfterAll
    static void deleteFields() {
        if (supervisor == null) {
            return;
        }
        get(API + "/form-fields", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").startsWith("Screen "))
                .forEach(f -> request("DELETE", API + "/form-fields/" + f.getInt("id"), supervisor, null, null));
    }

    @BrowserTest
    void supervisorDefinesARegexAndADropdownField() throws IOException {
        browser.driver.get(TestServer.APP + "/admin/");
        browser.visible(By.id("signed-in-user"));
        browser.driver.findElement(By.linkText("Form fields")).click();

        String orderName = unique("Screen order");
        browser.visible(By.id("create:name")).sendKeys(orderName);
        browser.choose("create:type", "Regex");
        WebElement pattern = browser.visible(By.id("create:pattern"));
        pattern.sendKeys("[0-9");
        browser.driver.findElement(By.id("create:submit")).click();
        assertThat(besides("create:pattern")).contains("not a valid regular expression");
        assertThat(field(orderName)).isEmpty();

        pattern = browser.visible(By.id("create:pattern"));
        pattern.clear();
        pattern.sendKeys("[0-9]{6}");
        browser.driver.findElement(By.id("create:submit")).click();
        info("Input field '" + orderName + "' created");
        assertThat(row(orderName).getText())
                .contains("Regex")
                .contains("Matches [0-9]{6}")
                .doesNotContain("REGEX");
        assertThat(field(orderName).orElseThrow().getString("pattern")).isEqualTo("[0-9]{6}");

        String categoryName = unique("Screen category");
        browser.visible(By.id("create:name")).sendKeys(categoryName);
        browser.choose("create:type", "Dropdown");
        browser.visible(By.id("create:options")).sendKeys("Clothing:Shirts\nClothing: Shoes\nFood");
        browser.driver.findElement(By.id("create:submit")).click();
        info("Input field '" + categoryName + "' created");
        assertThat(row(categoryName).getText())
                .contains("Dropdown")
                .contains("Clothing: Shirts, Clothing: Shoes, Food");
        assertThat(field(categoryName).orElseThrow().getJsonArray("options").getString(0))
                .isEqualTo("Clothing: Shirts");

        browser.visible(By.id("fields:table:globalFilter")).sendKeys(categoryName);
        browser.wait.until(d ->
                d.findElements(By.xpath("//tbody[@id='fields:table_data']/tr")).size() == 1);
        browser.screenshot("admin-form-fields");
    }

    private static Optional<JsonObject> field(String name) {
        return get(API + "/form-fields", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals(name))
                .findFirst();
    }

    private static WebElement row(String name) {
        return browser.visible(
                By.xpath("//tbody[@id='fields:table_data']/tr[td[1][normalize-space()='" + name + "']]"));
    }

    private static String besides(String fieldId) {
        return browser.visible(By.xpath("//*[@id='" + fieldId + "']/following-sibling::*[contains(@class,"
                        + " 'ui-message-error')][1]"))
                .getText();
    }

    private static WebElement info(String text) {
        return browser.visible(By.xpath("//div[@id='messages']/div[contains(@class, 'ui-messages-info')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }
}
