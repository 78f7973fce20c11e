package nl.loket.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.loket.shared.Language;
import nl.loket.tickets.TicketStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class TicketMailTemplatesTests {

    private final MailTemplates templates =
            new MailTemplates(messages(), "Zeewind Hosting", "https://loket.example.com/");

    static Stream<Arguments> everyKindAndStatusInEveryLanguage() {
        return Stream.of("ticket-received", "ticket-reply", "ticket-status", "callback-rescheduled")
                .flatMap(kind -> Stream.of(TicketStatus.values()).flatMap(status -> Stream.of(Language.values())
                        .map(language -> Arguments.of(kind, status, language))));
    }

    @ParameterizedTest
    @MethodSource("everyKindAndStatusInEveryLanguage")
    void every_ticket_mail_renders_with_number_subject_link_and_the_team_as_signature(
            String kind, TicketStatus status, Language language) {
        var variables = new HashMap<String, Object>(Map.of(
                "name", "Jan",
                "number", "1234-5678",
                "ticketSubject", "Mijn <site> & mail",
                "link", "https://loket.example.com/tickets/1234-5678?key=abc",
                "guest", true,
                "teamName", "Team Zeewind Hosting Support",
                "earlier", List.of(new TicketMails.Quoted("Jan", "1-1-2026 10:00", "Eerste vraag", "> Eerste vraag"))));
        if (kind.equals("ticket-reply") || kind.equals("ticket-status")) {
            variables.put("status", status.name());
        }
        if (!kind.equals("ticket-status")) {
            variables.put("text", "Regel één\nRegel twee");
        }

        var mail = templates.render(
                TicketMails.TEMPLATE, kind, language, variables, List.of("Mijn <site> & mail", "1234-5678"));

        assertThat(mail.subject())
                .contains("[#1234-5678]", "Mijn <site> & mail")
                .doesNotContain("??");
        assertThat(mail.text())
                .startsWith(language == Language.NL ? "Hallo Jan," : "Hello Jan,")
                .contains("1234-5678", "https://loket.example.com/tickets/1234-5678?key=abc")
                .contains("Team Zeewind Hosting Support", "> Eerste vraag")
                .doesNotContain("??");
        assertThat(mail.html())
                .contains("<html lang=\"" + language.code() + "\"", "Mijn &lt;site&gt; &amp; mail")
                .contains("href=\"https://loket.example.com/tickets/1234-5678?key=abc\"")
                .doesNotContain("??", "<script", "<site>");
        if (variables.containsKey("text")) {
            assertThat(mail.text()).contains("Regel één\nRegel twee");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void a_reply_mail_lists_its_files_by_name_and_size_with_a_link_to_each(Language language) {
        var link = "https://loket.example.com/tickets/1234-5678/attachments/42?key=abc";
        var variables = new HashMap<String, Object>(Map.of(
                "name", "Jan",
                "number", "1234-5678",
                "ticketSubject", "Offerte",
                "link", "https://loket.example.com/tickets/1234-5678?key=abc",
                "guest", true,
                "teamName", "Team Zeewind Hosting Support",
                "earlier", List.of(),
                "text", "Hierbij de offerte.",
                "status", "WAITING_FOR_CUSTOMER",
                "files", List.of(new TicketMails.LinkedFile("Offerte <2026>.pdf", "12 KB", link))));

        var mail = templates.render(TicketMails.TEMPLATE, "ticket-reply", language, variables, List.of("Offerte", "1"));

        assertThat(mail.text())
                .contains(language == Language.NL ? "Bijlagen bij dit antwoord" : "Files with this reply")
                .contains("- Offerte <2026>.pdf (12 KB): " + link);
        assertThat(mail.html())
                .containsPattern(
                        "<a href=\"" + java.util.regex.Pattern.quote(link) + "\"[^>]*>Offerte &lt;2026&gt;.pdf</a>")
                .doesNotContain("<2026>");
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
