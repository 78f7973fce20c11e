package nl.loket.notifications.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML of mails without a plain-text version, as text a person (and the quote stripper) can read. */
class HtmlTextTests {

    @Test
    void outlook_paragraphs_are_single_lines_and_its_empty_paragraphs_empty_lines() {
        var html =
                """
                <div class="WordSection1"><p class="MsoNormal">Hallo,<o:p></o:p></p>
                <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
                <p class="MsoNormal">Het werkt weer.<o:p></o:p></p>
                <p class="MsoNormal">Groet, Jan<o:p></o:p></p>
                <div style="border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>Van:</b> Support<br>\
                <b>Verzonden:</b> maandag 3 maart 2025 14:02<br><b>Onderwerp:</b> Website</p></div></div>""";

        assertThat(HtmlText.toText(html))
                .isEqualTo(
                        "Hallo,\n\nHet werkt weer.\nGroet, Jan\nVan: Support\nVerzonden: maandag 3 maart 2025 14:02\nOnderwerp: Website");
    }

    @Test
    void a_gmail_quote_becomes_an_attribution_and_quoted_lines() {
        var html =
                """
                <div dir="ltr">Klopt.</div><br><div class="gmail_quote"><div class="gmail_attr">Op ma 3 mrt 2025 \
                om 14:02 schreef Support &lt;support@zeewind.example&gt;:<br></div><blockquote class="gmail_quote">\
                Werkt het?<br><blockquote>Eerdere vraag</blockquote></blockquote></div>""";

        assertThat(HtmlText.toText(html))
                .isEqualTo(
                        "Klopt.\n\nOp ma 3 mrt 2025 om 14:02 schreef Support <support@zeewind.example>:\n> Werkt het?\n> > Eerdere vraag");
        assertThat(ReplyText.newPart(HtmlText.toText(html), "Re: Website")).isEqualTo("Klopt.");
    }

    @Test
    void lists_links_and_preformatted_text_keep_their_meaning() {
        var html =
                """
                <p>Stappen:</p><ol><li>Inloggen</li><li>Naar <a href="https://zeewind.example/dns">DNS</a></li></ol>\
                <p>Zie <a href="https://zeewind.example/kb">https://zeewind.example/kb</a> of <a href="mailto:x@y.nl">mail</a>.</p>\
                <pre>dig +short   zeewind.example
                203.0.113.10</pre>""";

        assertThat(HtmlText.toText(html))
                .isEqualTo(
                        """
                        Stappen:

                        1. Inloggen
                        2. Naar DNS (https://zeewind.example/dns)

                        Zie https://zeewind.example/kb of mail.

                        dig +short   zeewind.example
                        203.0.113.10""");
    }

    @Test
    void styles_scripts_and_comments_leave_nothing_behind() {
        var html = "<html><head><title>T</title><style>p{color:red}</style></head><body><!-- x --><script>alert(1)"
                + "</script><p>Alleen dit.</p></body></html>";

        assertThat(HtmlText.toText(html)).isEqualTo("Alleen dit.");
    }

    @Test
    void deeply_nested_html_does_not_overflow_the_stack() {
        var html = "<div>".repeat(50_000) + "diep" + "</div>".repeat(50_000);

        assertThat(HtmlText.toText(html)).isEqualTo("diep");
    }
}
