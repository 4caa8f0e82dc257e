package io.switchboard.it;

import static io.switchboard.it.TestServer.APP;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium started as AdminBrowserIT starts it, signed in as admin, with screenshots. */
final class AdminBrowser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;

    private AdminBrowser(WebDriver driver) {
        this.driver = driver;
        // PrimeFaces replaces the parts an Ajax request updates: retry on elements that were replaced meanwhile.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    static AdminBrowser start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // No background traffic: the test machine reaches no network beyond loopback.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new AdminBrowser(new ChromeDriver(service, options));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until no Ajax request is running or queued, so that what the test reads next is not replaced under it
     * (a slow machine spreads typed keys over several delayed filter requests).
     */
    void settle() {
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !(window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue"
                        + " && !PrimeFaces.ajax.Queue.isEmpty()) && !(window.jQuery && jQuery.active > 0);"));
    }

    /**
     * Types into a search box whose keyup Ajax waits 300 ms after the last key, then waits for that request's answer:
     * until the delay has passed no request is queued, so {@link #settle()} alone could pass too early, and a late
     * answer would replace what the test reads or clicks next.
     */
    void typeSearch(By box, CharSequence... keys) {
        visible(box).sendKeys(keys);
        try {
            Thread.sleep(450);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settle();
    }

    /** The text of an element once the page holds still, found again if an Ajax update replaced it meanwhile. */
    String text(By by) {
        settle();
        return wait.until(d -> d.findElement(by).getText());
    }

    /** Signs in as admin on the login page the admin's home redirects to. */
    void signInAsAdmin() {
        driver.get(APP + "/admin/");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        visible(By.id("login:username")).sendKeys("admin");
        driver.findElement(By.id("login:password")).sendKeys(TestServer.adminPassword());
        driver.findElement(By.id("login:submit")).click();
        visible(By.id("signed-in-user"));
    }

    /** Chooses an option of a PrimeFaces select-one menu by its label. */
    void choose(String menuId, String label) {
        visible(By.id(menuId)).click();
        // The options grow into place: a click during the transition can land beside the option.
        wait.until(ExpectedConditions.attributeContains(
                By.id(menuId + "_panel"), "class", "ui-connected-overlay-enter-done"));
        visible(By.xpath("//div[@id='" + menuId + "_panel']//li[@data-label='" + label + "']"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
    }

    /** Ticks an option of a PrimeFaces select-checkbox menu by its label and closes the menu. */
    void tick(String menuId, String label) {
        visible(By.id(menuId)).click();
        wait.until(ExpectedConditions.attributeContains(
                By.id(menuId + "_panel"), "class", "ui-connected-overlay-enter-done"));
        visible(By.xpath("//div[@id='" + menuId + "_panel']//li[label[normalize-space()='" + label + "']]"
                        + "//div[contains(@class, 'ui-chkbox-box')]"))
                .click();
        wait.until(ExpectedConditions.attributeContains(
                By.xpath("//div[@id='" + menuId + "_panel']//li[label[" + "normalize-space()='" + label + "']]"),
                "class",
                "ui-selectcheckboxmenu-checked"));
        driver.findElement(By.id(menuId + "_panel"))
                .findElement(By.cssSelector(".ui-selectcheckboxmenu-close"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /**
     * Shows every row of a paged table on one page (its largest page size), so a test finds the rows it made among
     * those other tests left; a table too short to page has no page-size menu and shows them all already.
     */
    void showAllRows(String tableId) {
        List<WebElement> sizes =
                driver.findElements(By.cssSelector("[id='" + tableId + "'] select.ui-paginator-rpp-options"));
        if (sizes.isEmpty()) {
            return;
        }
        WebElement body = driver.findElement(By.id(tableId + "_data"));
        Select select = new Select(sizes.get(0));
        List<WebElement> options = select.getOptions();
        if (select.getFirstSelectedOption().equals(options.get(options.size() - 1))) {
            return;
        }
        select.selectByIndex(options.size() - 1);
        wait.until(ExpectedConditions.stalenessOf(body));
    }

    void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                target,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The screen and its source as they were when a test failed. */
    void saveFailure(String name) throws IOException {
        screenshot(name);
        Files.writeString(Path.of("target", "screenshots", name + ".html"), driver.getPageSource());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
