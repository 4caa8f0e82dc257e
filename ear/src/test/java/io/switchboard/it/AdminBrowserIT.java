package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.APP;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin in Debian's headless Chromium: sign-in, the home page's facts, and the API-keys screen. */
class AdminBrowserIT {

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-home-failure");

    private static AdminBrowser browser;

    @BeforeAll
    static void useBrowser() {
        browser = SESSION.browser();
    }

    private static void signIn(String password) {
        browser.visible(By.id("login:username")).clear();
        browser.driver.findElement(By.id("login:username")).sendKeys("admin");
        browser.driver.findElement(By.id("login:password")).sendKeys(password);
        browser.driver.findElement(By.id("login:submit")).click();
    }

    @BrowserTest
    void supervisorSignsInSeesTheServerAndManagesApiKeys() throws IOException {
        browser.driver.get(APP + "/admin/");
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));

        signIn("wrong password");
        assertThat(browser.visible(By.id("login:messages")).getText()).contains("Wrong username or password");

        signIn(TestServer.adminPassword());
        assertThat(browser.visible(By.id("signed-in-user")).getText()).isEqualTo("admin");
        assertThat(browser.driver.findElement(By.id("version")).getText())
                .isEqualTo(System.getProperty("switchboard.version"));
        String database = "postgresql".equals(System.getProperty("switchboard.db")) ? "PostgreSQL" : "H2";
        assertThat(browser.driver.findElement(By.id("database")).getText()).startsWith(database);
        assertThat(browser.driver.findElement(By.id("health")).getText()).isEqualTo("UP");
        browser.screenshot("admin-home");

        browser.driver.findElement(By.linkText("API keys")).click();
        String name = unique("browser");
        browser.visible(By.id("create:name")).sendKeys(name);
        browser.driver
                .findElement(By.xpath("//label[text()='Channel gateway']"))
                .click();
        browser.driver.findElement(By.id("create:submit")).click();
        String token = browser.visible(By.id("issued-token")).getText().trim();
        assertThat(token).startsWith("sbk_");
        browser.screenshot("admin-api-keys");
        assertThat(get(API + "/me", bearer(token)).json().toString()).contains("\"roles\":[\"GATEWAY\"]");

        WebElement row = browser.visible(By.xpath("//tr[td[text()='" + name + "']]"));
        assertThat(row.getText()).contains("Channel gateway");
        row.findElement(By.xpath(".//button[.//span[text()='Revoke']]")).click();
        browser.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//tr[td[text()='" + name + "']]"), "Revoked"));
        assertThat(get(API + "/me", bearer(token)).status()).isEqualTo(401);

        browser.driver.findElement(By.id("session:logout")).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.driver.get(APP + "/admin/");
        browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }
}
