package io.switchboard.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.APP;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin in Debian's headless Chromium: sign-in, the home page's facts, and the API-keys screen. */
class AdminBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // No background traffic: the test machine reaches no network beyond loopback.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void signIn(String password) {
        visible(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void supervisorSignsInSeesTheServerAndManagesApiKeys() throws IOException {
        try {
            signInSeeTheServerAndManageApiKeys();
        } catch (AssertionError | RuntimeException e) {
            screenshot("failure");
            Files.writeString(Path.of("target", "screenshots", "failure.html"), browser.getPageSource());
            throw e;
        }
    }

    private void signInSeeTheServerAndManageApiKeys() throws IOException {
        browser.get(APP + "/admin/");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));

        signIn("wrong password");
        assertThat(visible(By.id("login:messages")).getText()).contains("Wrong username or password");

        signIn(TestServer.adminPassword());
        assertThat(visible(By.id("signed-in-user")).getText()).isEqualTo("admin");
        assertThat(browser.findElement(By.id("version")).getText())
                .isEqualTo(System.getProperty("switchboard.version"));
        String database = "postgresql".equals(System.getProperty("switchboard.db")) ? "PostgreSQL" : "H2";
        assertThat(browser.findElement(By.id("database")).getText()).startsWith(database);
        assertThat(browser.findElement(By.id("health")).getText()).isEqualTo("UP");
        screenshot("admin-home");

        browser.findElement(By.linkText("API keys")).click();
        String name = unique("browser");
        visible(By.id("create:name")).sendKeys(name);
        browser.findElement(By.xpath("//label[text()='AGENT']")).click();
        browser.findElement(By.id("create:submit")).click();
        String token = visible(By.id("issued-token")).getText().trim();
        assertThat(token).startsWith("sbk_");
        screenshot("admin-api-keys");
        assertThat(get(API + "/me", bearer(token)).status()).isEqualTo(200);

        WebElement row = visible(By.xpath("//tr[td[text()='" + name + "']]"));
        row.findElement(By.xpath(".//button[.//span[text()='Revoke']]")).click();
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//tr[td[text()='" + name + "']]"), "Revoked"));
        assertThat(get(API + "/me", bearer(token)).status()).isEqualTo(401);

        browser.findElement(By.id("session:logout")).click();
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.get(APP + "/admin/");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }
}
