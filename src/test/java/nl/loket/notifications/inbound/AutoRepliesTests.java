package nl.loket.notifications.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which mails a person wrote, and which ones must not be answered or become tickets. */
class AutoRepliesTests {

    private static MimeMessage mail(String from, String subject, String... headers) throws MessagingException {
        var text = new StringBuilder()
                .append("From: ")
                .append(from)
                .append("\r\nTo: support@zeewind.example\r\nSubject: ")
                .append(subject)
                .append("\r\nMessage-ID: <1@example.nl>\r\n");
        for (var header : headers) {
            text.append(header).append("\r\n");
        }
        text.append("Content-Type: text/plain; charset=UTF-8\r\n\r\nTekst\r\n");
        return MailMessages.read(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static MimeMessage withHeader(String header) throws MessagingException {
        return mail("Jan <jan@example.nl>", "Re: [#1234-5678] Website", header);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Auto-Submitted: auto-replied",
                "Auto-Submitted: auto-generated",
                "Auto-Submitted: Auto-Notified; owner-email=\"jan@example.nl\"",
                "X-Autoreply: yes",
                "X-Autorespond: Afwezig tot maandag",
                "X-Auto-Response-Suppress: All",
                "Precedence: bulk",
                "Precedence: junk",
                "Precedence: list",
                "Precedence: auto_reply",
                "Return-Path: <>",
                "X-Failed-Recipients: klant@example.nl"
            })
    void a_mail_with_an_automatic_header_is_recognised(String header) throws MessagingException {
        assertThat(AutoReplies.reason(withHeader(header))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Auto-Submitted: no",
                "Precedence: first-class",
                "Return-Path: <jan@example.nl>",
                "X-Mailer: Microsoft Outlook 16.0"
            })
    void a_mail_a_person_wrote_is_not_taken_for_an_automatic_one(String header) throws MessagingException {
        assertThat(AutoReplies.reason(withHeader(header))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MAILER-DAEMON@mx.example.nl",
                "Mail Delivery System <mailer-daemon@googlemail.example>",
                "postmaster@provider.example"
            })
    void mails_from_the_mail_system_itself_are_bounces(String from) throws MessagingException {
        assertThat(AutoReplies.reason(mail(from, "Mail")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("bounce"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Automatisch antwoord: [#1234-5678] Uw ticket is ontvangen",
                "Automatic reply: [#1234-5678] Your ticket",
                "Out of Office: Re: Website",
                "Afwezig",
                "Afwezig - terug op 14 maart",
                "Afwezigheidsmelding",
                "Niet aanwezig: Re: [#1234-5678] Website",
                "RE: Afwezig (vakantie)",
                "AW: Abwesenheitsnotiz: Website",
                "Undeliverable: [#1234-5678] Website",
                "Onbestelbaar: [#1234-5678] Website",
                "Undelivered Mail Returned to Sender",
                "Delivery Status Notification (Failure)",
                "Mail delivery failed: returning message to sender",
                "Returned mail: see transcript for details",
                "failure notice"
            })
    void typical_dutch_and_english_auto_reply_and_bounce_subjects_are_recognised(String subject)
            throws MessagingException {
        assertThat(AutoReplies.reason(mail("Jan <jan@example.nl>", subject))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Autoreply instellen in de webmail",
                "Auto-reply werkt niet",
                "Out of office hours support?",
                "Afwezigheid van SSL-certificaat",
                "Vakantie: website offline",
                "Re: [#1234-5678] Mail wordt niet bezorgd bij klanten",
                "Undeliverable mail to my domain"
            })
    void customers_asking_about_auto_replies_or_bounces_are_not_ignored(String subject) throws MessagingException {
        assertThat(AutoReplies.reason(mail("Jan <jan@example.nl>", subject))).isEmpty();
    }

    @Test
    void an_outlook_out_of_office_in_dutch_is_recognised() throws Exception {
        assertThat(AutoReplies.reason(SampleMails.mime("auto-reply-outlook-nl.eml")))
                .hasValue("auto-reply (Auto-Submitted: auto-generated)");
    }

    @Test
    void a_gmail_vacation_reply_is_recognised() throws Exception {
        assertThat(AutoReplies.reason(SampleMails.mime("vacation-gmail-en.eml")))
                .hasValue("auto-reply (Auto-Submitted: auto-replied)");
    }

    @Test
    void a_postfix_bounce_is_recognised_even_without_its_auto_submitted_header() throws Exception {
        var bounce = SampleMails.mime("bounce-postfix.eml");
        bounce.removeHeader("Auto-Submitted");

        assertThat(AutoReplies.reason(bounce)).hasValue("bounce (empty Return-Path)");
        bounce.removeHeader("Return-Path");
        assertThat(AutoReplies.reason(bounce))
                .hasValueSatisfying(reason -> assertThat(reason).contains("MAILER-DAEMON"));
    }

    @Test
    void a_delivery_report_from_a_person_is_recognised_by_its_type() throws Exception {
        var report = MailMessages.read(
                """
                From: Jan <jan@example.nl>\r
                To: support@zeewind.example\r
                Subject: Gelezen: [#1234-5678] Website\r
                MIME-Version: 1.0\r
                Content-Type: multipart/report; report-type=disposition-notification; boundary="b"\r
                \r
                --b\r
                Content-Type: text/plain\r
                \r
                Uw bericht is gelezen.\r
                --b--\r
                """
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(AutoReplies.reason(report)).hasValue("delivery or read report (multipart/report)");
    }

    @Test
    void the_sample_replies_of_people_are_not_taken_for_automatic_mails() throws Exception {
        for (var name : SampleMails.FROM_PEOPLE) {
            assertThat(AutoReplies.reason(SampleMails.mime(name))).as(name).isEmpty();
        }
    }
}
