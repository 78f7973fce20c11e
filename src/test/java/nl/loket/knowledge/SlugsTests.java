package nl.loket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void a_title_becomes_a_readable_url_part_without_accents() {
        assertThat(Slugs.of("Hoe kan ik mijn abonnement beëindigen?"))
                .isEqualTo("hoe-kan-ik-mijn-abonnement-beeindigen");
        assertThat(Slugs.of("Waarom word ik doorverwezen naar de FAQ’s?"))
                .isEqualTo("waarom-word-ik-doorverwezen-naar-de-faqs");
    }

    @Test
    void a_taken_slug_gets_a_number() {
        var taken = Set.of("iban-wijzigen", "iban-wijzigen-2");

        assertThat(Slugs.unique("IBAN wijzigen", taken::contains)).isEqualTo("iban-wijzigen-3");
    }

    @Test
    void a_title_without_letters_still_gets_a_slug() {
        assertThat(Slugs.of("???")).isEqualTo("artikel");
    }
}
