package nl.loket.tickets.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Attachments as a browser receives them, through a test-only route that calls the helper the way a
 * ticket page will (the whole security filter chain included, so its headers cannot overrule ours).
 */
@LoketIntegrationTest
class AttachmentDownloadsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AttachmentStore store;

    @Autowired
    ContentFiles files;

    @Test
    void an_attachment_is_always_a_download_with_its_name_and_headers_that_keep_browsers_from_running_it()
            throws Exception {
        var content = SampleFiles.concat(
                SampleFiles.pdf(), UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        var attachment = stored("Factuur maart €12 \"definitief\".pdf", content);

        var response = mvc.perform(
                        get(TestRoutes.ATTACHMENTS_PAGE + "/" + attachment.id().value()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Factuur maart _12 _definitief_.pdf\"; "
                        + "filename*=UTF-8''Factuur%20maart%20%E2%82%AC12%20_definitief_.pdf");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private");
        assertThat(response.getContentAsByteArray()).isEqualTo(content);
    }

    @Test
    void a_text_file_is_served_as_plain_text_whatever_the_uploader_claimed() throws Exception {
        var attachment = stored("notities.txt", ("notities " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        var response = mvc.perform(
                        get(TestRoutes.ATTACHMENTS_PAGE + "/" + attachment.id().value()))
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).isEqualTo("text/plain");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void only_types_loket_accepts_are_ever_named_in_a_response() {
        assertThat(AttachmentDownloads.safeType("application/pdf").toString()).isEqualTo("application/pdf");
        assertThat(AttachmentDownloads.safeType("text/html").toString()).isEqualTo("application/octet-stream");
        assertThat(AttachmentDownloads.safeType("image/svg+xml").toString()).isEqualTo("application/octet-stream");
    }

    @Test
    void an_attachment_whose_file_has_gone_missing_answers_404() throws Exception {
        var attachment = stored("weg.txt", ("weg " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        Files.delete(files.pathOf(attachment.storageKey()));

        var response = mvc.perform(
                        get(TestRoutes.ATTACHMENTS_PAGE + "/" + attachment.id().value()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
    }

    private Attachment stored(String name, byte[] content) throws IOException {
        var result = store.store(Upload.of(name, "text/html", content));
        assertThat(result).isInstanceOf(AttachmentStore.Stored.class);
        return ((AttachmentStore.Stored) result).attachment();
    }
}
