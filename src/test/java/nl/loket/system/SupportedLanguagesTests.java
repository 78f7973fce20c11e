package nl.loket.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLanguagesTests {

    @Test
    void a_browser_that_prefers_english_gets_english() {
        assertThat(SupportedLanguages.firstSupported(List.of(Locale.UK, Locale.of("nl"))))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_browser_that_prefers_a_language_we_do_not_have_gets_its_next_choice_we_have() {
        assertThat(SupportedLanguages.firstSupported(List.of(Locale.GERMAN, Locale.US)))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_browser_with_no_language_of_ours_gets_dutch() {
        assertThat(SupportedLanguages.firstSupported(List.of(Locale.FRENCH))).isEqualTo(SupportedLanguages.DUTCH);
        assertThat(SupportedLanguages.firstSupported(List.of())).isEqualTo(SupportedLanguages.DUTCH);
    }

    @Test
    void a_regional_variant_counts_as_its_language() {
        assertThat(SupportedLanguages.closestTo(Locale.of("nl", "BE"))).isEqualTo(SupportedLanguages.DUTCH);
        assertThat(SupportedLanguages.closestTo(Locale.of("fr"))).isEqualTo(SupportedLanguages.DUTCH);
    }
}
