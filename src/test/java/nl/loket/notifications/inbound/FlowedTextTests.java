package nl.loket.notifications.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** format=flowed (RFC 3676) as Thunderbird and Apple Mail send it. */
class FlowedTextTests {

    @Test
    void lines_ending_in_a_space_are_joined_with_the_next_and_quote_depth_is_kept() {
        var flowed = "Dit is een lange \r\nzin.\r\n> Een geciteerde \r\n> zin.\r\n>> Dieper \r\n>> nog.\r\nKlaar\r\n";

        assertThat(FlowedText.unflow(flowed, false))
                .isEqualTo("Dit is een lange zin.\n> Een geciteerde zin.\n>> Dieper nog.\nKlaar\n");
    }

    @Test
    void delsp_removes_the_space_that_only_marked_the_break() {
        assertThat(FlowedText.unflow("Lang \r\nwoord", true)).isEqualTo("Langwoord");
    }

    @Test
    void the_signature_delimiter_and_space_stuffed_lines_survive() {
        assertThat(FlowedText.unflow("Groet\r\n-- \r\n From het begin\r\n", false))
                .isEqualTo("Groet\n-- \nFrom het begin\n");
    }
}
