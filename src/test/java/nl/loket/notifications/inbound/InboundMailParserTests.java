package nl.loket.notifications.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nl.loket.shared.EmailAddress;
import nl.loket.tickets.InboundAttachment;
import nl.loket.tickets.InboundMessage;
import org.junit.jupiter.api.Test;

/** Sample mails from the mail programs customers use, read as the ticket module gets them. */
class InboundMailParserTests {

    private static final Instant NOW = Instant.parse("2025-03-03T15:00:00Z");

    private static InboundMessage parse(String name) throws Exception {
        var raw = SampleMails.bytes(name);
        return InboundMailParser.parse(MailMessages.read(raw), raw, NOW);
    }

    private static InboundMessage parse(byte[] raw) throws Exception {
        return InboundMailParser.parse(MailMessages.read(raw), raw, NOW);
    }

    @Test
    void an_outlook_reply_in_dutch_arrives_with_its_ticket_its_new_text_and_its_windows_charset() throws Exception {
        var message = parse("outlook-nl-reply.eml");

        assertThat(message.messageId())
                .isEqualTo("AM0PR07MB6401B0D3C5E6A2F1A0C4E8A9C3C92@AM0PR07MB6401.eurprd07.prod.outlook.com");
        assertThat(message.from()).isEqualTo(EmailAddress.of("frederique@bakkerijdeboer.example"));
        assertThat(message.fromName()).isEqualTo("Frédérique de Boer");
        assertThat(message.subject()).isEqualTo("RE: [#1234-5678] Website geeft foutmelding 500 – opgelost?");
        assertThat(message.ticketNumber()).isEqualTo("1234-5678");
        assertThat(message.ticketToken()).isEqualTo(SampleMails.TOKEN);
        assertThat(message.recipients())
                .containsExactly(EmailAddress.of("support+t" + SampleMails.TOKEN + "@zeewind.example"));
        assertThat(message.text())
                .isEqualTo(
                        """
                        Hallo,

                        Dank voor het snelle antwoord. De website doet het weer, maar de factuur van € 12,50 klopt niet: \
                        ik heb “Basis” en geen “Plus”.

                        Met vriendelijke groet,

                        Frédérique de Boer
                        Bakkerij De Boer""");
        assertThat(message.originalText()).contains("Werkt de website nu weer?");
        assertThat(message.attachments()).isEmpty();
        assertThat(message.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void a_gmail_reply_in_english_keeps_its_pdf_with_an_encoded_name_and_every_recipient() throws Exception {
        var message = parse("gmail-en-reply.eml");

        assertThat(message.fromName()).isEqualTo("Emma Jones");
        assertThat(message.text())
                .isEqualTo(
                        "Hi,\n\nThanks, that worked. The backup from last night is attached as you asked.\n\nBest regards,\nEmma");
        assertThat(message.ticketToken()).isEqualTo(SampleMails.TOKEN);
        assertThat(message.recipients())
                .containsExactly(
                        EmailAddress.of("support+t" + SampleMails.TOKEN + "@zeewind.example"),
                        EmailAddress.of("office@jonesdesign.example"),
                        EmailAddress.of("support@zeewind.example"));
        assertThat(message.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.filename()).isEqualTo("Overzicht back-up – maart.pdf");
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(new String(pdf.content(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
        });
    }

    @Test
    void an_iphone_reply_in_dutch_loses_its_footer_and_keeps_the_inline_screenshot() throws Exception {
        var message = parse("apple-mail-nl-iphone.eml");

        assertThat(message.text())
                .isEqualTo("Hoi,\n\nHierbij een schermafbeelding van de foutmelding in de webmail.\n\nGroet, Sanne");
        assertThat(message.ticketNumber()).isEqualTo("2468-1357");
        assertThat(message.attachments()).singleElement().satisfies(image -> {
            assertThat(image.filename()).isEqualTo("IMG_0042.jpeg");
            assertThat(image.contentType()).isEqualTo("image/jpeg");
            assertThat(image.content()).startsWith((byte) 0xFF, (byte) 0xD8);
        });
    }

    @Test
    void a_thunderbird_reply_in_flowed_text_is_rejoined_and_loses_its_signature() throws Exception {
        var message = parse("thunderbird-en-flowed.eml");

        assertThat(message.text())
                .isEqualTo(
                        """
                        Hello,

                        I changed the DNS records as you described, but the domain still points to the old server \
                        after 24 hours. The log of my DNS check is attached.

                        Regards,
                        Peter""");
        assertThat(message.originalText())
                .contains(
                        "Please change the A record of your domain to 203.0.113.10 and wait for the change to spread.");
        assertThat(message.attachments())
                .extracting(InboundAttachment::filename, InboundAttachment::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dns check – jansenwebdesign.log", "text/plain"));
    }

    @Test
    void an_html_only_mail_becomes_readable_text_without_markup_quote_or_signature() throws Exception {
        var message = parse("html-only-nl.eml");

        assertThat(message.fromName()).isEqualTo("René Müller");
        assertThat(message.subject()).isEqualTo("Re: [#1357-2468] E-mail op mijn telefoon werkt niet – hulp");
        assertThat(message.text())
                .isEqualTo(
                        """
                        Goedemiddag,

                        Mijn nieuwe e-mailadres werkt nog niet op mijn telefoon. Ik heb de instellingen van jullie \
                        handleiding (https://zeewind.example/kb/e-mail/instellen) gevolgd.

                        - Toestel: Samsung
                        - App: Gmail

                        Met vriendelijke groet,
                        René Müller""");
        assertThat(message.originalText())
                .contains("> Uw mailbox is aangemaakt.")
                .doesNotContain("<p", "<div", "<br", "alert", "font-family");
    }

    @Test
    void a_new_question_without_charset_is_read_as_utf8_and_has_no_ticket() throws Exception {
        var message = parse("new-question-8bit.eml");

        assertThat(message.from()).isEqualTo(EmailAddress.of("info@tandartspraktijkdijkstra.example"));
        assertThat(message.fromName()).isEmpty();
        assertThat(message.subject()).isEqualTo("Vraag over SSL-certificaat voor één domein");
        assertThat(message.ticketToken()).isNull();
        assertThat(message.ticketNumber()).isNull();
        assertThat(message.recipients())
                .containsExactly(
                        EmailAddress.of("support@zeewind.example"),
                        EmailAddress.of("bert@tandartspraktijkdijkstra.example"));
        assertThat(message.text()).contains("één extra domein", "vóór vrijdag", "Praktijk Dijkstra");
        assertThat(message.text()).isEqualTo(message.originalText());
    }

    @Test
    void latin1_text_without_a_declared_charset_is_read_as_windows_1252() throws Exception {
        var raw =
                "From: jan@example.nl\r\nSubject: Prijs\r\n\r\nDat kost \u20ac 5 per maand, zei u \u201cgratis\u201d?\r\n"
                        .getBytes("windows-1252");

        assertThat(parse(raw).text()).isEqualTo("Dat kost € 5 per maand, zei u “gratis”?");
    }

    @Test
    void an_empty_plain_text_version_beside_html_gives_way_to_the_html() throws Exception {
        var raw =
                """
                From: Jan <jan@example.nl>\r
                Subject: Vraag\r
                MIME-Version: 1.0\r
                Content-Type: multipart/alternative; boundary="b"\r
                \r
                --b\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                \r
                --b\r
                Content-Type: text/html; charset=UTF-8\r
                \r
                <p>Mijn <b>website</b> is traag.</p>\r
                --b--\r
                """
                        .getBytes(StandardCharsets.UTF_8);

        assertThat(parse(raw).text()).isEqualTo("Mijn website is traag.");
    }

    @Test
    void a_mail_without_message_id_gets_one_from_its_content_the_same_each_time() throws Exception {
        var raw = new String(SampleMails.bytes("new-question-8bit.eml"), StandardCharsets.UTF_8)
                .replaceAll("Message-ID: [^\r\n]+\r\n", "")
                .getBytes(StandardCharsets.UTF_8);

        var first = parse(raw).messageId();

        assertThat(first).startsWith("generated-").endsWith("@loket.invalid");
        assertThat(parse(raw).messageId()).isEqualTo(first);
        assertThat(parse(SampleMails.bytes("new-question-8bit.eml")).messageId())
                .isEqualTo("ab12cd34ef56.1741072353@tandartspraktijkdijkstra.example");
    }

    @Test
    void the_reply_token_is_found_in_any_recipient_and_an_uppercased_one_is_lowered() {
        var token = SampleMails.TOKEN;

        assertThat(InboundMailParser.replyToken(java.util.List.of(
                        EmailAddress.of("support@zeewind.example"),
                        EmailAddress.of("Helpdesk+T" + token.toUpperCase() + "@Zeewind.example"))))
                .isEqualTo(token);
        assertThat(InboundMailParser.replyToken(java.util.List.of(EmailAddress.of("support+tabc@zeewind.example"))))
                .as("too short")
                .isNull();
        assertThat(InboundMailParser.replyToken(
                        java.util.List.of(EmailAddress.of("support+t" + token.replace('a', '1') + "@zeewind.example"))))
                .as("1 is no base32 character")
                .isNull();
    }

    @Test
    void the_ticket_number_is_taken_from_the_subject_only_in_its_brackets() {
        assertThat(InboundMailParser.ticketNumber("Re: [#1234-5678] Website")).isEqualTo("1234-5678");
        assertThat(InboundMailParser.ticketNumber("Antw: Website [#8765-4321]")).isEqualTo("8765-4321");
        assertThat(InboundMailParser.ticketNumber("Ticket 1234-5678 over mijn website"))
                .isNull();
        assertThat(InboundMailParser.ticketNumber("[#12345-678]")).isNull();
    }

    @Test
    void a_mail_without_a_sender_cannot_be_read() throws Exception {
        var raw = "To: support@zeewind.example\r\nSubject: Vraag\r\n\r\nTekst\r\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parse(raw))
                .isInstanceOf(UnreadableMailException.class)
                .hasMessageContaining("no sender");
    }

    @Test
    void a_forwarded_mail_attached_as_a_file_is_kept_as_an_eml_file() throws Exception {
        var raw =
                """
                From: Jan <jan@example.nl>\r
                To: support@zeewind.example\r
                Subject: Fwd: Phishing?\r
                MIME-Version: 1.0\r
                Content-Type: multipart/mixed; boundary="b"\r
                \r
                --b\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                Is deze mail echt van jullie?\r
                --b\r
                Content-Type: message/rfc822\r
                \r
                From: Zeewind <factuur@zeewind-betalen.example>\r
                Subject: Uw betaling is mislukt\r
                \r
                Klik hier.\r
                --b\r
                Content-Type: application/pkcs7-signature; name=smime.p7s\r
                Content-Transfer-Encoding: base64\r
                \r
                AAAA\r
                --b--\r
                """
                        .getBytes(StandardCharsets.UTF_8);

        var message = parse(raw);

        assertThat(message.text()).isEqualTo("Is deze mail echt van jullie?");
        assertThat(message.attachments()).singleElement().satisfies(mail -> {
            assertThat(mail.filename()).isEqualTo("bericht-1.eml");
            assertThat(mail.contentType()).isEqualTo("message/rfc822");
            assertThat(new String(mail.content(), StandardCharsets.UTF_8)).contains("Uw betaling is mislukt");
        });
    }

    @Test
    void file_names_lose_their_folders_and_control_characters() throws Exception {
        var raw =
                """
                From: Jan <jan@example.nl>\r
                Subject: Logs\r
                MIME-Version: 1.0\r
                Content-Type: multipart/mixed; boundary="b"\r
                \r
                --b\r
                Content-Type: text/plain\r
                \r
                Zie bijlage.\r
                --b\r
                Content-Type: application/octet-stream; name="..\\\\..\\\\windows\\\\evil.exe"\r
                Content-Disposition: attachment; filename="../../etc/passwd"\r
                \r
                x\r
                --b\r
                Content-Type: image/png\r
                Content-Transfer-Encoding: base64\r
                \r
                iVBORw0KGgo=\r
                --b--\r
                """
                        .getBytes(StandardCharsets.UTF_8);

        assertThat(parse(raw).attachments())
                .extracting(InboundAttachment::filename, InboundAttachment::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("passwd", "application/octet-stream"),
                        org.assertj.core.groups.Tuple.tuple("bijlage-2.png", "image/png"));
    }
}
