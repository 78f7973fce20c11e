package nl.loket.tickets.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;

/** Which files the policy lets through, by name, size and content. */
class AttachmentPolicyTests {

    @TempDir
    Path directory;

    private final AttachmentPolicy policy =
            new AttachmentPolicy(new AttachmentSettings(DataSize.ofKilobytes(64), 3, null, null));

    static Stream<Arguments> genuineFiles() {
        return Stream.of(
                Arguments.of("factuur.pdf", SampleFiles.pdf(), "application/pdf"),
                Arguments.of("schermafbeelding.PNG", SampleFiles.png(), "image/png"),
                Arguments.of("foto.jpg", SampleFiles.jpeg(), "image/jpeg"),
                Arguments.of("foto.jpeg", SampleFiles.jpeg(), "image/jpeg"),
                Arguments.of("animatie.gif", SampleFiles.gif(), "image/gif"),
                Arguments.of("plaatje.webp", SampleFiles.webp(), "image/webp"),
                Arguments.of("foutmelding.txt", SampleFiles.text(), "text/plain"),
                Arguments.of("error.log", SampleFiles.text(), "text/plain"),
                Arguments.of("facturen.csv", SampleFiles.csv(), "text/csv"),
                Arguments.of("website.zip", SampleFiles.zip(), "application/zip"),
                Arguments.of(
                        "brief.docx",
                        SampleFiles.docx(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of(
                        "overzicht.xlsx",
                        SampleFiles.xlsx(),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Arguments.of("brief.odt", SampleFiles.odt(), "application/vnd.oasis.opendocument.text"),
                Arguments.of("overzicht.ods", SampleFiles.ods(), "application/vnd.oasis.opendocument.spreadsheet"),
                Arguments.of("doorgestuurd.eml", SampleFiles.mail(), "message/rfc822"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genuineFiles")
    void genuine_files_of_every_allowed_type_are_accepted_with_their_own_type(
            String name, byte[] content, String expectedType) throws IOException {
        var verdict = check(name, content);

        assertThat(verdict).isInstanceOf(AttachmentPolicy.Accepted.class);
        assertThat(((AttachmentPolicy.Accepted) verdict).type().contentType()).isEqualTo(expectedType);
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("setup.exe", SampleFiles.exe(), Rejection.Reason.TYPE_NOT_ALLOWED),
                Arguments.of("factuur.pdf", SampleFiles.exe(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("foto.jpg", SampleFiles.elf(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("logo.svg", SampleFiles.svg(), Rejection.Reason.TYPE_NOT_ALLOWED),
                Arguments.of("logo.txt", SampleFiles.svg(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("logo.log", SampleFiles.bareSvg(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("pagina.html", SampleFiles.html(), Rejection.Reason.TYPE_NOT_ALLOWED),
                Arguments.of("pagina.htm", SampleFiles.html(), Rejection.Reason.TYPE_NOT_ALLOWED),
                Arguments.of("pagina.txt", SampleFiles.html(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("export.csv", SampleFiles.html(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("bericht.eml", SampleFiles.html(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("script.js", SampleFiles.text(), Rejection.Reason.TYPE_NOT_ALLOWED),
                Arguments.of("installer.msi", SampleFiles.zip(), Rejection.Reason.TYPE_NOT_ALLOWED),
                Arguments.of("foto.png", SampleFiles.jpeg(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("foto.jpg", SampleFiles.png(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("brief.docx", SampleFiles.zip(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("brief.docx", SampleFiles.docxWithMacros(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("brief.odt", SampleFiles.ods(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("overzicht.xlsx", SampleFiles.docx(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("notities.txt", SampleFiles.png(), Rejection.Reason.CONTENT_MISMATCH),
                Arguments.of("zonder-extensie", SampleFiles.pdf(), Rejection.Reason.TYPE_NOT_ALLOWED),
                Arguments.of("leeg.pdf", new byte[0], Rejection.Reason.EMPTY));
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("refusedFiles")
    void programs_markup_and_files_whose_content_contradicts_their_name_are_refused(
            String name, byte[] content, Rejection.Reason reason) throws IOException {
        var verdict = check(name, content);

        assertThat(verdict).isInstanceOf(AttachmentPolicy.Refused.class);
        assertThat(((AttachmentPolicy.Refused) verdict).rejection().reason()).isEqualTo(reason);
    }

    @Test
    void a_text_that_merely_starts_with_the_letters_of_a_program_header_is_text() throws IOException {
        assertThat(check("notities.txt", "MZ Hosting: notities van het gesprek\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AttachmentPolicy.Accepted.class);
    }

    @Test
    void text_in_other_encodings_is_text_too() throws IOException {
        var windows = "Café;Straße;€ 10\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        var utf16 = SampleFiles.concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE}, "2026-11-21 fout\r\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(check("export.csv", windows)).isInstanceOf(AttachmentPolicy.Accepted.class);
        assertThat(check("server.log", utf16)).isInstanceOf(AttachmentPolicy.Accepted.class);
    }

    @Test
    void a_file_is_accepted_up_to_the_maximum_size_and_refused_one_byte_over() throws IOException {
        var atLimit = padded(SampleFiles.pdf(), 64 * 1024);
        var overLimit = padded(SampleFiles.pdf(), 64 * 1024 + 1);

        assertThat(check("groot.pdf", atLimit)).isInstanceOf(AttachmentPolicy.Accepted.class);
        var refused = (AttachmentPolicy.Refused) check("te-groot.pdf", overLimit);
        assertThat(refused.rejection().reason()).isEqualTo(Rejection.Reason.TOO_LARGE);
        assertThat(refused.rejection().maxSize()).isEqualTo("64 KB");
    }

    @Test
    void more_files_than_allowed_per_message_are_refused_together() {
        assertThat(policy.checkCount(3)).isEmpty();
        assertThat(policy.checkCount(4)).hasValueSatisfying(rejection -> assertThat(rejection.reason())
                .isEqualTo(Rejection.Reason.TOO_MANY_FILES));
    }

    @Test
    void refusals_read_as_a_sentence_in_dutch_and_in_english() throws IOException {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var refused = ((AttachmentPolicy.Refused) check("bestand.exe", SampleFiles.exe())).rejection();
        var tooLarge = ((AttachmentPolicy.Refused) check("scan.pdf", padded(SampleFiles.pdf(), 70_000))).rejection();

        assertThat(refused.message(messages, Locale.of("nl")))
                .isEqualTo("bestand.exe: dit bestandstype is niet toegestaan");
        assertThat(refused.message(messages, Locale.ENGLISH)).isEqualTo("bestand.exe: this file type is not allowed");
        assertThat(tooLarge.message(messages, Locale.of("nl"))).isEqualTo("scan.pdf: het bestand is groter dan 64 KB");
        assertThat(policy.checkCount(9).orElseThrow().message(messages, Locale.of("nl")))
                .isEqualTo("Je kunt hoogstens 3 bestanden per bericht meesturen");
    }

    @Test
    void the_rules_a_form_shows_list_the_limits_and_every_allowed_extension() {
        var rules = policy.rules();

        assertThat(rules.maxBytes()).isEqualTo(64 * 1024);
        assertThat(rules.maxSize()).isEqualTo("64 KB");
        assertThat(rules.maxFiles()).isEqualTo(3);
        assertThat(rules.accept())
                .startsWith(".pdf,.png,.jpg,.jpeg")
                .contains(".eml")
                .doesNotContain("svg", "htm");
    }

    private AttachmentPolicy.Verdict check(String name, byte[] content) throws IOException {
        var file = directory.resolve(UUID.randomUUID().toString());
        Files.write(file, content);
        return policy.check(name, "application/octet-stream", file);
    }

    private static byte[] padded(byte[] start, int length) {
        var bytes = new byte[length];
        System.arraycopy(start, 0, bytes, 0, start.length);
        java.util.Arrays.fill(bytes, start.length, length, (byte) ' ');
        return bytes;
    }
}
