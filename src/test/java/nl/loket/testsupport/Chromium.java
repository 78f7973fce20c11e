package nl.loket.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One headless Chromium per test JVM (started on first use, closed when the JVM's tests end), and a
 * new browser context with a new page per {@link Page} parameter of a test. Playwright never downloads a browser here: it
 * launches {@code /usr/bin/chromium} (or {@code LOKET_TEST_CHROMIUM}).
 */
final class Chromium implements ExecutionCondition, ParameterResolver, AfterEachCallback {

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    static Path executable() {
        var configured = System.getenv("LOKET_TEST_CHROMIUM");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(executable())) {
            return ConditionEvaluationResult.enabled("Chromium found at " + executable());
        }
        var message = "Chromium is missing at " + executable() + ": install it with 'apt-get install -y chromium'";
        if (Boolean.parseBoolean(System.getenv("LOKET_TEST_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(message + " (LOKET_TEST_REQUIRE_BROWSER=true requires browser tests).");
        }
        System.err.println("[loket-test] SKIPPED browser test " + context.getDisplayName() + ": " + message);
        return ConditionEvaluationResult.disabled("SKIPPED: " + message);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var browserContext = browser(context).newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        contexts(context).add(browserContext);
        return browserContext.newPage();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        var open = context.getStore(NAMESPACE).remove("contexts", ContextList.class);
        if (open != null) {
            open.forEach(BrowserContext::close);
        }
    }

    /** Each Page parameter has a context of its own: two parameters are two visitors with their own cookies. */
    private static ContextList contexts(ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent("contexts", key -> new ContextList(), ContextList.class);
    }

    private static final class ContextList extends java.util.ArrayList<BrowserContext> {}

    private static Browser browser(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(SharedBrowser.class, key -> new SharedBrowser(), SharedBrowser.class)
                .browser;
    }

    /** Closed by JUnit when the root store closes, at the end of the JVM's test run. */
    private static final class SharedBrowser implements AutoCloseable {

        private final Playwright playwright;
        private final Browser browser;

        SharedBrowser() {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable())
                            .setHeadless(true)
                            .setArgs(ARGS));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
