package nl.loket.tickets.attachments;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A form with the attachment fragment: the server's refusals in the reader's language, the rest of the form kept. */
@LoketIntegrationTest
class AttachmentFormIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_file_input_carries_the_limits_and_the_texts_for_the_browser_check() throws Exception {
        var page = mvc.perform(get(TestRoutes.ATTACHMENTS_PAGE))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("type=\"file\"", "multiple", "data-max-bytes=\"20971520\"", "data-max-files=\"5\"")
                .contains("accept=\".pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.log,.csv,.zip,.docx,.xlsx,.odt,.ods,.eml\"")
                .contains("data-too-large=\"{name}: het bestand is groter dan 20 MB\"")
                .contains("Hoogstens 5 bestanden van elk hoogstens 20 MB.")
                .contains("/js/attachments.js");
    }

    @Test
    void refused_files_are_named_with_the_reason_in_dutch_and_the_rest_of_the_form_stays() throws Exception {
        var page = mvc.perform(multipart(TestRoutes.ATTACHMENTS_PAGE)
                        .file(new MockMultipartFile(
                                "files", "bestand.exe", "application/octet-stream", SampleFiles.exe()))
                        .file(new MockMultipartFile("files", "factuur.pdf", "application/pdf", SampleFiles.exe()))
                        .file(new MockMultipartFile("files", "groot.pdf", "application/pdf", large()))
                        .file(new MockMultipartFile("files", "scan.png", "image/png", SampleFiles.png()))
                        .param("subject", "Mijn website is traag")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("bestand.exe: dit bestandstype is niet toegestaan")
                .contains("factuur.pdf: de inhoud past niet bij het bestandstype")
                .contains("groot.pdf: het bestand is groter dan 20 MB")
                .contains("value=\"Mijn website is traag\"")
                .contains(">scan.png</a>");
    }

    @Test
    void refusals_speak_english_to_an_english_reader() throws Exception {
        var page = mvc.perform(multipart(TestRoutes.ATTACHMENTS_PAGE)
                        .file(new MockMultipartFile("files", "logo.svg", "image/svg+xml", SampleFiles.svg()))
                        .header("Accept-Language", "en")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("logo.svg: this file type is not allowed");
    }

    private static byte[] large() {
        var bytes = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(SampleFiles.pdf(), 0, bytes, 0, SampleFiles.pdf().length);
        return bytes;
    }
}
