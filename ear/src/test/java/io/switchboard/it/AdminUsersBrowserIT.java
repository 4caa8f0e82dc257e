package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.APP;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The users screen in the browser ("a list of all users where you can assign the Conversations role(s) for each
 * user"): search, create, roles by their labels, errors beside the field, disabling after a confirmation, a new
 * password; and a disabled user's open admin session ends at their next click.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminUsersBrowserIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-users-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("users-browser-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
    }

    @BrowserTest
    @Order(1)
    void supervisorCreatesEditsDisablesAndSetsAPassword() throws IOException {
        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("Users")).click();
        browser.visible(By.id("users:table"));

        String username = unique("ulla");
        browser.visible(By.id("create:username")).sendKeys(username);
        browser.driver.findElement(By.id("create:name")).sendKeys("Ulla");
        browser.driver.findElement(By.id("create:password")).sendKeys("short");
        tick("create:roles", "Agent");
        tick("create:roles", "Manager");
        browser.driver.findElement(By.id("create:submit")).click();
        assertThat(besides("create:password")).contains("12 to 200 characters");

        // Passwords are not shown again: typed anew each time.
        browser.visible(By.id("create:password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("create:submit")).click();
        assertThat(besides("create:roles")).contains("Agent and Manager");

        tick("create:roles", "Manager");
        tick("create:roles", "Analytics manager");
        browser.visible(By.id("create:password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("create:submit")).click();
        info("User '" + username + "' created");
        browser.screenshot("admin-users");
        JsonObject created = userNamed(username);
        assertThat(created.getJsonArray("roles").toString()).isEqualTo("[\"AGENT\",\"ANALYTICS_MANAGER\"]");
        assertThat(UsersIT.absent(created, "agentId")).isFalse();

        // The same username again: refused beside the username.
        browser.visible(By.id("create:username")).sendKeys(username);
        browser.driver.findElement(By.id("create:name")).sendKeys("Another Ulla");
        browser.driver.findElement(By.id("create:password")).sendKeys(PASSWORD);
        tick("create:roles", "Analytics manager");
        browser.driver.findElement(By.id("create:submit")).click();
        assertThat(besides("create:username")).contains("already exists");

        // Search, then edit the user's name and roles (labels, not enum names).
        browser.driver.findElement(By.id("users:query")).sendKeys(username);
        browser.driver.findElement(By.id("users:search")).click();
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.xpath("//tbody[@id='users:table_data']/tr"), 1));
        assertThat(browser.visible(rowLocator(username)).getText())
                .contains("Agent, Analytics manager")
                .contains("Enabled");
        browser.wait.until(driver -> {
            driver.findElement(rowLocator(username))
                    .findElement(By.xpath("td[1]"))
                    .click();
            return true;
        });
        assertThat(browser.visible(By.id("edit:name")).getAttribute("value")).isEqualTo("Ulla");
        browser.driver.findElement(By.id("edit:name")).clear();
        browser.driver.findElement(By.id("edit:name")).sendKeys("Ulla Berg");
        tick("edit:roles", "Analytics manager");
        browser.driver.findElement(By.id("edit:save")).click();
        info("User '" + username + "' saved");
        assertThat(userNamed(username).getString("name")).isEqualTo("Ulla Berg");
        assertThat(userNamed(username).getJsonArray("roles").toString()).isEqualTo("[\"AGENT\"]");

        // Disabling asks first; cancelling changes nothing.
        browser.visible(By.id("edit:disable")).click();
        browser.visible(By.id("confirm:no")).click();
        assertThat(userNamed(username).getBoolean("enabled")).isTrue();
        browser.visible(By.id("edit:disable")).click();
        browser.visible(By.id("confirm:yes")).click();
        info("User '" + username + "' disabled");
        assertThat(userNamed(username).getBoolean("enabled")).isFalse();
        assertThat(browser.visible(By.id("edit:status")).getText()).isEqualTo("Disabled");
        browser.visible(By.id("edit:enable")).click();
        info("User '" + username + "' enabled");

        // A new password: too short beside the field, then set.
        browser.visible(By.id("password:newPassword")).sendKeys("tiny");
        browser.driver.findElement(By.id("password:set")).click();
        assertThat(besides("password:newPassword")).contains("12 to 200 characters");
        browser.visible(By.id("password:newPassword")).sendKeys("a password from the screen");
        browser.driver.findElement(By.id("password:set")).click();
        info("Password of '" + username + "' set");
        assertThat(get(API + "/me", basic(username, "a password from the screen"))
                        .status())
                .isEqualTo(200);
        assertThat(get(API + "/me", basic(username, PASSWORD)).status()).isEqualTo(401);
    }

    @BrowserTest
    @Order(2)
    void aDisabledUsersAdminSessionEndsAtTheirNextRequest() {
        String username = unique("sven");
        JsonObject sven = UsersIT.createUser(supervisor, username, "\"ACCOUNT_MANAGER\"");
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(APP + "/admin/");
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.visible(By.id("login:username")).sendKeys(username);
        browser.driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("login:submit")).click();
        assertThat(browser.visible(By.id("signed-in-user")).getText()).isEqualTo(username);
        browser.driver.findElement(By.linkText("Users")).click();
        browser.visible(By.id("users:table"));

        TestServer.Reply disabled = request("PUT", API + "/users/" + UsersIT.id(sven), supervisor, JSON, """
                {"name": "Sven", "roles": ["ACCOUNT_MANAGER"], "enabled": false}""");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        browser.driver.findElement(By.linkText("API keys")).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.driver.get(APP + "/admin/settings/users.xhtml");
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }

    private static JsonObject userNamed(String username) {
        return get(API + "/users?q=" + username, supervisor)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
    }

    private static void tick(String checkboxesId, String label) {
        browser.visible(By.xpath("//*[@id='" + checkboxesId + "']//label[normalize-space()='" + label + "']"))
                .click();
    }

    /** The error shown beside a field. */
    private static String besides(String fieldId) {
        return browser.visible(By.xpath("//*[@id='" + fieldId + "']/following-sibling::*[contains(@class,"
                        + " 'ui-message-error')][1]"))
                .getText();
    }

    private static By rowLocator(String username) {
        return By.xpath("//tbody[@id='users:table_data']/tr[td[1][normalize-space()='" + username + "']]");
    }

    private static WebElement info(String text) {
        return browser.visible(By.xpath("//div[@id='messages']/div[contains(@class, 'ui-messages-info')]"
                + "//li[contains(normalize-space(), \"" + text + "\")]"));
    }
}
