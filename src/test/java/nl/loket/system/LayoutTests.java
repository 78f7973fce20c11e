package nl.loket.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutTests {

    @Test
    void a_language_link_keeps_the_rest_of_the_address_and_replaces_an_earlier_choice() {
        assertThat(Layout.withLanguage(null, "en")).isEqualTo("?lang=en");
        assertThat(Layout.withLanguage("q=factuur", "en")).isEqualTo("?q=factuur&lang=en");
        assertThat(Layout.withLanguage("lang=nl&q=factuur&page=2", "en")).isEqualTo("?q=factuur&page=2&lang=en");
        assertThat(Layout.withLanguage("key=abc&lang=en&lang=nl", "nl")).isEqualTo("?key=abc&lang=nl");
        assertThat(Layout.withLanguage("language=fr&&x=1", "nl")).isEqualTo("?language=fr&x=1&lang=nl");
    }
}
