package nl.loket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTests {

    @Test
    void markdown_becomes_readable_html() {
        var html = MarkdownText.html("## Stappen\n\n1. Log in\n2. Kies **Beveiliging**\n\n[Ticket](/tickets/new)");

        assertThat(html)
                .contains("<h2>Stappen</h2>", "<li>Log in</li>", "<strong>Beveiliging</strong>")
                .contains("href=\"/tickets/new\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<img src=x onerror=\"alert(1)\">",
                "[klik](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">klik</a>",
                "<div onclick=\"alert(1)\">x</div>",
                "<style>body{display:none}</style>"
            })
    void nothing_that_runs_survives(String markdown) {
        var html = MarkdownText.html("Tekst\n\n" + markdown);

        assertThat(html.toLowerCase())
                .doesNotContain("<script", "<iframe", "<img", "<div", "<style", "href=\"javascript")
                .doesNotContainPattern("<[^>]+\\son[a-z]+=");
    }

    @Test
    void excerpts_are_plain_text_cut_at_a_word() {
        var excerpt = MarkdownText.excerpt("**Let op:** je " + "factuur ".repeat(40), 60);

        assertThat(excerpt).startsWith("Let op: je factuur").endsWith("…").doesNotContain("**");
        assertThat(excerpt.length()).isLessThanOrEqualTo(61);
    }
}
