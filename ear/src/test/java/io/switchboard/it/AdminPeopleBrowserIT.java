package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The People and Companies views in the browser: searched on the server, a customer's and a company's attributes. */
class AdminPeopleBrowserIT {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final AdminBrowserSession SESSION = new AdminBrowserSession("admin-people-failure");

    private static AdminBrowser browser;
    private static String supervisor;

    @BeforeAll
    static void startBrowser() throws IOException {
        supervisor = bearer(createApiKey(unique("people-browser-admin"), "ACCOUNT_MANAGER"));
        browser = SESSION.browser();
    }

    @BrowserTest
    void supervisorFindsPeopleAndCompanies() throws IOException {
        String tier = unique("tier").replace('-', '_');
        created("/attributes", """
                {"owner": "PERSON", "name": "%s", "type": "TEXT"}""".formatted(tier));
        String company = unique("Acme");
        String domain = unique("acme") + ".example";
        long companyId = created("/companies", """
                {"name": "%s", "segment": "Enterprise", "domains": ["%s"]}""".formatted(company, domain));
        String horvat = unique("Horvat");
        long ivana = created("/people", """
                {
                    "firstName": "Ivana",
                    "lastName": "%s",
                    "city": "Zagreb",
                    "companyId": %s,
                    "tags": ["vip"],
                    "customAttributes": {"%s": "gold"}
                }""".formatted(horvat, companyId, tier));
        created("/people/" + ivana + "/contacts", """
                {"channel": "EMAIL", "address": "%s@%s"}""".formatted(horvat, domain));
        created("/people", """
                {"firstName": "Marko", "lastName": "%s", "city": "Split", "companyId": %s}""".formatted(unique("Kovac"), companyId));

        browser.signInAsAdmin();
        browser.driver.findElement(By.linkText("People")).click();
        search("people", horvat);
        List<WebElement> rows = browser.wait.until(d -> {
            List<WebElement> found = rows("people");
            return found.size() == 1 && found.get(0).getText().contains(horvat) ? found : null;
        });
        assertThat(cells(rows.get(0)))
                .containsExactly("Ivana " + horvat, "Email " + horvat + "@" + domain, "Zagreb", "", company);
        rows.get(0).findElement(By.xpath("td[1]")).click();
        browser.wait.until(d -> attributes("person").size() >= 5);
        assertThat(attributes("person"))
                .containsExactly(
                        List.of("firstName", "Ivana"),
                        List.of("lastName", horvat),
                        List.of("city", "Zagreb"),
                        List.of("tags", "vip"),
                        List.of(tier, "gold"));
        assertThat(browser.driver.findElement(By.id("person")).getText()).contains("Email " + horvat + "@" + domain);
        browser.screenshot("admin-people");

        // Follow the menu's link by its address: a click at the bottom of the long menu once landed on another entry.
        browser.driver.get(browser.driver.findElement(By.linkText("Companies")).getAttribute("href"));
        search("companies", company);
        rows = browser.wait.until(d -> {
            List<WebElement> found = rows("companies");
            return found.size() == 1 && found.get(0).getText().contains(company) ? found : null;
        });
        assertThat(cells(rows.get(0))).containsExactly(company, "Enterprise", "", domain);
        rows.get(0).findElement(By.xpath("td[1]")).click();
        browser.wait.until(d -> attributes("company").size() >= 3);
        assertThat(attributes("company"))
                .containsExactly(
                        List.of("name", company), List.of("domains", domain), List.of("segment", "Enterprise"));
        browser.screenshot("admin-companies");
    }

    private static long created(String path, String body) {
        TestServer.Reply reply = request("POST", API + path, supervisor, JSON, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    /** Searches and waits for the form to be rendered anew (before, it may list the one match already). */
    private static void search(String form, String query) {
        WebElement input = browser.visible(By.id(form + ":query"));
        input.clear();
        input.sendKeys(query);
        WebElement button = browser.driver.findElement(By.id(form + ":search"));
        button.click();
        browser.wait.until(ExpectedConditions.stalenessOf(button));
    }

    private static List<WebElement> rows(String form) {
        return browser.driver.findElements(By.xpath("//tbody[@id='" + form + ":table_data']/tr[@data-rk]"));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.xpath("td")).stream()
                .map(cell -> cell.getText().trim())
                .toList();
    }

    /** The attribute rows of the selected person's or company's panel, as name and value. */
    private static List<List<String>> attributes(String panel) {
        return browser
                .driver
                .findElements(By.xpath(
                        "//div[@id='" + panel + "']//tbody[contains(@id, 'attributes')]" + "/tr[count(td) = 2]"))
                .stream()
                .map(AdminPeopleBrowserIT::cells)
                .toList();
    }
}
