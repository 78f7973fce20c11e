package nl.loket.tickets.attachments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.concurrent.atomic.AtomicInteger;
import nl.loket.testsupport.BrowserTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The attachment input in Chromium: files the server would refuse are named before anything is uploaded. */
@BrowserTest
@LoketIntegrationTest
class AttachmentInputBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void a_file_over_the_limit_or_of_a_refused_type_is_named_at_once_and_the_form_is_not_sent(Page page) {
        page.navigate("http://localhost:" + port + TestRoutes.ATTACHMENTS_PAGE);
        var uploads = new AtomicInteger();
        page.onRequest(request -> {
            if (request.method().equals("POST")) {
                uploads.incrementAndGet();
            }
        });

        page.getByLabel("Bijlagen").setInputFiles(new FilePayload[] {
            new FilePayload("groot.pdf", "application/pdf", new byte[20 * 1024 * 1024 + 1]),
            new FilePayload("setup.exe", "application/octet-stream", SampleFiles.exe())
        });

        assertThat(page.getByText("groot.pdf: het bestand is groter dan 20 MB")).isVisible();
        assertThat(page.getByText("setup.exe: dit bestandstype is niet toegestaan"))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))
                .click();
        assertThat(page.locator("#stored")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(uploads).hasValue(0);
    }

    @Test
    void accepted_files_are_uploaded_and_a_disguised_program_is_refused_by_the_server_keeping_the_form(Page page) {
        page.navigate("http://localhost:" + port + TestRoutes.ATTACHMENTS_PAGE);
        page.getByLabel("Onderwerp").fill("Factuur klopt niet");

        page.getByLabel("Bijlagen").setInputFiles(new FilePayload[] {
            new FilePayload("scan.png", "image/png", SampleFiles.png()),
            new FilePayload("factuur.pdf", "application/pdf", SampleFiles.exe())
        });
        assertThat(page.locator("#files-problems")).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))
                .click();

        assertThat(page.getByText("factuur.pdf: de inhoud past niet bij het bestandstype"))
                .isVisible();
        assertThat(page.locator("#stored")
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("scan.png")))
                .isVisible();
        assertThat(page.getByLabel("Onderwerp")).hasValue("Factuur klopt niet");
    }
}
