package nl.loket.tickets.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Uploaded names as they may arrive, and what Loket keeps of them. */
class FileNamesTests {

    @ParameterizedTest(name = "[{0}] becomes [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "factuur 2026-001.pdf|factuur 2026-001.pdf",
                "../../etc/passwd.txt|passwd.txt",
                "C:\\Users\\jan\\Documenten\\offerte.docx|offerte.docx",
                "/home/jan/.bashrc|bashrc",
                "rapport.pdf.|rapport.pdf",
                "  rapport .pdf  |rapport .pdf",
                "a<b>:c\"d?f*.txt|a_b__c_d_f_.txt",
                "CON.txt|_CON.txt",
                "aux|_aux",
                "Café déjà vu.odt|Café déjà vu.odt",
            })
    void paths_forbidden_characters_and_device_names_are_taken_out(String original, String safe) {
        assertThat(FileNames.sanitise(original, "")).isEqualTo(safe);
    }

    @Test
    void invisible_and_control_characters_are_removed_so_a_name_cannot_disguise_its_extension() {
        // U+202E turns "factuur\u202Efdp.exe" into something that reads "factuurexe.pdf".
        assertThat(FileNames.sanitise("factuur\u202Efdp.exe", "")).isEqualTo("factuurfdp.exe");
        assertThat(FileNames.sanitise("fac\u0000tuur\r\n.pdf", "")).isEqualTo("factuur .pdf");
        assertThat(FileNames.sanitise("zero\u200Bwidth.txt", "")).isEqualTo("zerowidth.txt");
    }

    @Test
    void an_absurdly_long_name_is_shortened_and_keeps_its_extension() {
        var name = FileNames.sanitise("x".repeat(500) + ".pdf", "");

        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("x.pdf");
    }

    @Test
    void a_name_without_extension_gets_the_one_of_an_allowed_declared_type() {
        assertThat(FileNames.sanitise("", "image/png")).isEqualTo("bijlage.png");
        assertThat(FileNames.sanitise(null, "application/pdf; name=x")).isEqualTo("bijlage.pdf");
        assertThat(FileNames.sanitise("scan", "image/jpeg")).isEqualTo("scan.jpg");
        assertThat(FileNames.sanitise("scan", "application/x-msdownload")).isEqualTo("scan");
        assertThat(FileNames.sanitise("...", "")).isEqualTo("bijlage");
    }
}
