package nl.loket.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Tests {

    /** RFC 4648, section 10. */
    @ParameterizedTest
    @CsvSource(
            value = {
                "'',''",
                "f,MY======",
                "fo,MZXQ====",
                "foo,MZXW6===",
                "foob,MZXW6YQ=",
                "fooba,MZXW6YTB",
                "foobar,MZXW6YTBOI======"
            },
            emptyValue = "")
    void encodes_and_decodes_the_rfc_4648_test_vectors(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII))
                .isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource({"mzxw 6ytb oi", "MZXW-6YTB-OI", "mzxw6ytboi"})
    void a_key_typed_in_lower_case_in_blocks_decodes_as_well(String typed) {
        assertThat(new String(Base32.decode(typed), StandardCharsets.US_ASCII)).isEqualTo("foobar");
    }

    @ParameterizedTest
    @CsvSource({"MZXW1", "MZ!W"})
    void a_character_outside_the_alphabet_is_refused(String text) {
        assertThatThrownBy(() -> Base32.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
