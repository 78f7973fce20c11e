package nl.loket.notifications.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The new part of replies as Dutch and English mail programs write them. */
class ReplyTextTests {

    private static String newPart(String text) {
        return ReplyText.newPart(text, "Re: [#1234-5678] Mijn website");
    }

    @Test
    void a_gmail_reply_in_dutch_loses_the_attribution_and_the_quote() {
        var text =
                """
                Dank je, het werkt weer.

                Op ma 3 mrt 2025 om 14:02 schreef Zeewind Hosting Support <support@zeewind.example>:

                > Beste klant,
                >
                > Probeer het nog eens.
                """;

        assertThat(newPart(text)).isEqualTo("Dank je, het werkt weer.");
    }

    @Test
    void an_english_attribution_wrapped_over_two_lines_is_recognised() {
        var text =
                """
                Thanks, that did it.

                On Mon, 3 Mar 2025 at 14:02, Zeewind Hosting Support <
                support+tk7m2q4x3zt3wv5ab6cde@zeewind.example> wrote:

                > Dear customer,
                > please try again.
                """;

        assertThat(newPart(text)).isEqualTo("Thanks, that did it.");
    }

    @Test
    void a_dutch_attribution_wrapped_over_two_lines_is_recognised() {
        var text =
                """
                Ja, dat klopt.

                Op di 4 mrt 2025 om 09:30 schreef Zeewind Hosting Support
                <support@zeewind.example>:

                > Klopt het dat u twee domeinen heeft?
                """;

        assertThat(newPart(text)).isEqualTo("Ja, dat klopt.");
    }

    @Test
    void apple_mail_writes_het_volgende_geschreven() {
        var text =
                """
                Top, bedankt!

                > Op 3 mrt 2025 om 14:02 heeft Zeewind Hosting Support <support@zeewind.example> het volgende geschreven:
                >
                > Het is opgelost.
                """;

        assertThat(newPart(text)).isEqualTo("Top, bedankt!");
    }

    @Test
    void an_attribution_without_a_quote_after_it_cuts_off_the_unquoted_history() {
        var text =
                """
                Het werkt weer.

                Op 03-03-2025 om 14:02 schreef Zeewind Hosting Support:
                Beste klant,
                Wij hebben uw pakket aangepast.
                """;

        assertThat(newPart(text)).isEqualTo("Het werkt weer.");
    }

    @Test
    void a_sentence_ending_in_a_colon_without_a_time_is_not_taken_for_an_attribution() {
        var text =
                """
                Op maandag schreef ik u al het volgende:
                mijn website is traag sinds de verhuizing.
                """;

        assertThat(newPart(text)).isEqualTo(text.strip());
    }

    @Test
    void an_outlook_header_block_in_dutch_cuts_off_everything_after_it() {
        var text =
                """
                Hallo,

                De factuur klopt nu.

                Groet,
                Frédérique

                ________________________________
                Van: Zeewind Hosting Support <support@zeewind.example>
                Verzonden: maandag 3 maart 2025 14:02
                Aan: Frédérique de Boer <frederique@bakkerijdeboer.example>
                Onderwerp: [#1234-5678] Factuur

                Beste klant,
                """;

        assertThat(newPart(text)).isEqualTo("Hallo,\n\nDe factuur klopt nu.\n\nGroet,\nFrédérique");
    }

    @Test
    void an_outlook_header_block_in_english_with_bold_markers_cuts_off_everything_after_it() {
        var text =
                """
                Please go ahead.

                *From:* Zeewind Hosting Support <support@zeewind.example>
                *Sent:* Monday, March 3, 2025 2:02 PM
                *To:* Emma Jones <emma@jonesdesign.example>
                *Subject:* [#1234-5678] Migration

                Dear customer,
                """;

        assertThat(newPart(text)).isEqualTo("Please go ahead.");
    }

    @Test
    void outlook_for_mac_writes_datum_instead_of_verzonden() {
        var text =
                """
                Akkoord.

                Van: Zeewind Hosting Support <support@zeewind.example>
                Datum: maandag, 3 maart 2025 om 14:02
                Aan: Jan <jan@example.nl>
                Onderwerp: Re: [#1234-5678] Verhuizing
                """;

        assertThat(newPart(text)).isEqualTo("Akkoord.");
    }

    @Test
    void a_from_line_alone_is_not_a_header_block() {
        var text =
                """
                Van: de boekhouding kreeg ik deze vraag.
                Kunt u de factuur opnieuw sturen?
                """;

        assertThat(newPart(text)).isEqualTo(text.strip());
    }

    @Test
    void the_original_message_separators_cut_off_the_history() {
        var dutch = "Prima.\n\n-----Oorspronkelijk bericht-----\nVan: support@zeewind.example\nBeste klant";
        var english = "Fine.\n\n-----Original Message-----\nFrom: support@zeewind.example\nDear customer";

        assertThat(newPart(dutch)).isEqualTo("Prima.");
        assertThat(newPart(english)).isEqualTo("Fine.");
    }

    @Test
    void the_signature_after_the_delimiter_goes() {
        var text = "Het werkt.\n\nPeter\n-- \nPeter Jansen\nJansen Webdesign\n06-12345678";

        assertThat(newPart(text)).isEqualTo("Het werkt.\n\nPeter");
    }

    @Test
    void answers_written_between_quoted_lines_stay() {
        var text =
                """
                On Tue, 4 Mar 2025 at 10:00, Zeewind Hosting Support <support@zeewind.example> wrote:
                > Which PHP version do you need?

                8.3 please.

                > And which domain?

                jonesdesign.example
                """;

        assertThat(newPart(text)).isEqualTo("8.3 please.\n\njonesdesign.example");
    }

    @Test
    void mobile_footers_at_the_end_go_in_dutch_and_english() {
        assertThat(newPart("Ik bel morgen.\n\nVerzonden vanaf mijn iPhone")).isEqualTo("Ik bel morgen.");
        assertThat(newPart("Ik bel morgen.\n\nVerstuurd vanaf mijn Samsung Galaxy smartphone."))
                .isEqualTo("Ik bel morgen.");
        assertThat(newPart("I will call.\n\nSent from my iPad")).isEqualTo("I will call.");
        assertThat(newPart("I will call.\n\nGet Outlook for Android")).isEqualTo("I will call.");
        assertThat(newPart("Ik bel.\n\nOutlook voor iOS downloaden")).isEqualTo("Ik bel.");
        assertThat(newPart("Ik bel.\nVerzonden vanuit Mail voor Windows")).isEqualTo("Ik bel.");
    }

    @Test
    void a_footer_like_line_in_the_middle_of_the_text_stays() {
        var text = "Verzonden vanaf mijn iPhone lukt niet.\nVanaf de laptop wel.";

        assertThat(newPart(text)).isEqualTo(text);
    }

    @Test
    void a_reply_that_is_only_quote_keeps_the_whole_text() {
        var text = "> Werkt het nu?\n> Groet, support";

        assertThat(newPart(text)).isEqualTo(text);
    }

    @Test
    void a_reply_that_is_only_a_signature_keeps_the_whole_text() {
        var text = "-- \nJan Jansen\nJansen BV";

        assertThat(newPart(text)).isEqualTo(text);
    }

    @Test
    void a_forwarded_mail_keeps_what_was_forwarded() {
        var text =
                """
                Zie hieronder, kunnen jullie hiernaar kijken?

                ---------- Forwarded message ---------
                Van: Registrar <noreply@registrar.example>
                Date: ma 3 mrt 2025 om 08:00
                Subject: Uw domein verloopt
                To: <jan@example.nl>

                Uw domein verloopt over 7 dagen.
                """;

        assertThat(newPart(text)).isEqualTo(text.strip());
        assertThat(ReplyText.newPart("Zie onder.\n\n> quoted", "Doorst: Uw domein verloopt"))
                .isEqualTo("Zie onder.\n\n> quoted");
    }

    @Test
    void windows_line_ends_and_non_breaking_spaces_are_normalised() {
        var text = "Dank\u00a0u.\r\n\r\nOn 3 Mar 2025, at 14:02, Support <support@zeewind.example> wrote:\r\n> x\r\n";

        assertThat(newPart(text)).isEqualTo("Dank u.");
    }
}
