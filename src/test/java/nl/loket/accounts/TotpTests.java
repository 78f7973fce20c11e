package nl.loket.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    /** The SHA1 seed of RFC 6238, Appendix B. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B, the SHA1 rows (8 digits in the RFC's table). */
    @ParameterizedTest
    @CsvSource({
        "59,          0000000000000001, 94287082",
        "1111111109,  00000000023523EC, 07081804",
        "1111111111,  00000000023523ED, 14050471",
        "1234567890,  000000000273EF07, 89005924",
        "2000000000,  0000000003F940AA, 69279037",
        "20000000000, 0000000027BC86AA, 65353130"
    })
    void computes_the_rfc_6238_test_vectors(long unixTime, String stepHex, String expected) {
        var step = Totp.step(Instant.ofEpochSecond(unixTime));

        assertThat(step).isEqualTo(Long.parseLong(stepHex, 16));
        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
        assertThat(Totp.code(RFC_SEED, step)).isEqualTo(expected.substring(2));
    }

    @Test
    void a_code_from_the_previous_current_or_next_step_is_accepted_with_its_step() {
        var now = Instant.parse("2026-11-21T12:00:10Z");
        var current = Totp.step(now);

        for (long step = current - 1; step <= current + 1; step++) {
            assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step), now))
                    .hasValue(step);
        }
    }

    @Test
    void a_code_two_steps_away_is_refused() {
        var now = Instant.parse("2026-11-21T12:00:10Z");
        var current = Totp.step(now);

        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current - 2), now))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current + 2), now))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"12345", "1234567", "12a456", "' 12345'"})
    void a_code_that_is_not_six_digits_is_refused_without_computing(String code) {
        assertThat(Totp.matchingStep(RFC_SEED, code, Instant.now())).isEmpty();
    }

    @Test
    void a_new_secret_has_160_random_bits_and_encodes_to_32_base32_characters() {
        var first = Totp.newSecret();
        var second = Totp.newSecret();

        assertThat(first).hasSize(20).isNotEqualTo(second);
        assertThat(Base32.encode(first)).hasSize(32).matches("[A-Z2-7]{32}");
    }
}
