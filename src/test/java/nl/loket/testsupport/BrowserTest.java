package nl.loket.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that drives Debian's Chromium through Playwright. Parameters of type
 * {@link com.microsoft.playwright.Page} get a fresh page in a fresh browser context. Skipped with a
 * clear message when Chromium is missing, or failed when {@code LOKET_TEST_REQUIRE_BROWSER=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(Chromium.class)
public @interface BrowserTest {}
