package nl.loket.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.loket.accounts.SecurityNoticeRequired;
import nl.loket.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class MailTemplatesTests {

    static final List<String> KINDS_WITH_LINK = List.of(
            "email-confirmation",
            "staff-invitation",
            "password-reset",
            "password-reset-forced",
            "email-change-confirmation");

    static List<String> kindsWithoutLink() {
        var kinds = new ArrayList<>(List.of("email-change-notice"));
        for (var kind : SecurityNoticeRequired.Kind.values()) {
            kinds.add(AccountMails.securityKind(kind));
        }
        return kinds;
    }

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Stream.concat(KINDS_WITH_LINK.stream(), kindsWithoutLink().stream())
                .flatMap(kind -> Stream.of(Language.values()).map(language -> Arguments.of(kind, language)));
    }

    private final MailTemplates templates =
            new MailTemplates(messages(), "Zeewind Hosting", "https://loket.example.com/");

    @ParameterizedTest
    @MethodSource("everyKindInEveryLanguage")
    void every_kind_of_mail_renders_in_every_language_without_missing_texts(String kind, Language language) {
        var withLink = KINDS_WITH_LINK.contains(kind);
        var variables = withLink
                ? Map.of("name", "Jan", "validFor", 24, "link", "https://loket.example.com/x?token=abc")
                : Map.of("name", "Jan", "validFor", 0);

        var mail = templates.render(AccountMails.TEMPLATE, kind, language, variables);

        assertThat(mail.subject()).contains("Zeewind Hosting").doesNotContain("??");
        assertThat(mail.text()).contains("Jan").contains("Zeewind Hosting").doesNotContain("??", "<");
        assertThat(mail.html())
                .contains("<html lang=\"" + language.code() + "\"")
                .contains("Jan")
                .doesNotContain("??", "<img", "<script", "http://");
        if (withLink) {
            assertThat(mail.text()).contains("https://loket.example.com/x?token=abc");
            assertThat(mail.html()).contains("href=\"https://loket.example.com/x?token=abc\"");
        } else {
            assertThat(mail.text()).doesNotContain("https://");
            assertThat(mail.html()).doesNotContain("href=");
        }
    }

    @Test
    void dutch_and_english_mails_differ_and_speak_to_the_reader() {
        var variables = Map.of("name", "Jan", "validFor", 60, "link", "https://loket.example.com/r");
        var dutch = templates.render("account", "password-reset", Language.NL, variables);
        var english = templates.render("account", "password-reset", Language.EN, variables);

        assertThat(dutch.subject()).isEqualTo("Stel een nieuw wachtwoord in voor Zeewind Hosting");
        assertThat(english.subject()).isEqualTo("Set a new password for Zeewind Hosting");
        assertThat(dutch.text()).startsWith("Hallo Jan,").contains("60 minuten", "je wachtwoord");
        assertThat(english.text()).startsWith("Hello Jan,").contains("60 minutes");
    }

    @Test
    void a_forced_reset_is_explained_differently_from_a_requested_one() {
        var variables = Map.of("name", "Jan", "validFor", 60, "link", "https://loket.example.com/r");
        var requested = templates.render("account", "password-reset", Language.NL, variables);
        var forced = templates.render("account", "password-reset-forced", Language.NL, variables);

        assertThat(forced.text()).contains("Een beheerder").isNotEqualTo(requested.text());
        assertThat(requested.text()).doesNotContain("Een beheerder");
    }

    @Test
    void a_name_is_escaped_in_html_and_kept_as_typed_in_text() {
        var mail = templates.render(
                "account", "security-password-changed", Language.NL, Map.of("name", "Jan <b>& Co", "validFor", 0));

        assertThat(mail.text()).contains("Hallo Jan <b>& Co,");
        assertThat(mail.html()).contains("Jan &lt;b&gt;&amp; Co").doesNotContain("<b>");
    }

    @Test
    void a_mail_without_a_name_still_greets() {
        var mail = templates.render(
                "account", "security-two-factor-enabled", Language.EN, Map.of("name", "", "validFor", 0));

        assertThat(mail.text()).startsWith("Hello,\n");
    }

    @Test
    void links_are_absolute_under_the_base_url() {
        assertThat(templates.link("/password/reset?token=abc"))
                .isEqualTo("https://loket.example.com/password/reset?token=abc");
        assertThat(templates.link("register/confirm")).isEqualTo("https://loket.example.com/register/confirm");
    }

    @Test
    void a_kind_without_texts_is_refused_instead_of_sending_placeholders() {
        assertThatThrownBy(() -> templates.render("account", "no-such-kind", Language.NL, Map.of("name", "Jan")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void the_text_version_is_tidy() {
        var mail = templates.render(
                "account",
                "email-confirmation",
                Language.NL,
                Map.of("name", "Jan", "validFor", 24, "link", "https://loket.example.com/c"));

        assertThat(mail.text()).doesNotContain("\n\n\n").doesNotStartWith("\n").contains("De link werkt 24 uur.");
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
