package io.switchboard.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * One browser for a test class: started before its tests (and its own {@code @BeforeAll}), closed after them; when a
 * test fails, the screen and the page source are saved under target/screenshots/ to show what the browser saw.
 */
final class AdminBrowserSession implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

    private final String failureName;
    private AdminBrowser browser;

    AdminBrowserSession(String failureName) {
        this.failureName = failureName;
    }

    AdminBrowser browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        browser = AdminBrowser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (browser != null) {
            browser.saveFailure(failureName);
        }
        throw failure;
    }
}
