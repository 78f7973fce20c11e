package nl.loket.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSettingsTests {

    private static MailSettings settings(MailSettings.Senders senders) {
        return new MailSettings(
                senders,
                Duration.ofSeconds(5),
                true,
                20,
                Duration.ofMinutes(5),
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                10);
    }

    private static MailSettings.Senders senders(String account) {
        return new MailSettings.Senders(
                account,
                "Helpdesk <helpdesk@example.com>",
                "Administratie <administratie@example.com>",
                "hosting@example.com");
    }

    @Test
    void the_wait_doubles_after_each_failure_up_to_an_hour() {
        var settings = settings(senders("Loket <account@example.com>"));

        assertThat(settings.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.backoff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(settings.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backoff(50)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void each_purpose_has_its_own_sender_with_name_and_address() {
        var senders = senders("Zeewind Hosting <account@zeewind.example.com>");

        assertThat(senders.of(MailPurpose.ACCOUNT).getPersonal()).isEqualTo("Zeewind Hosting");
        assertThat(senders.of(MailPurpose.ACCOUNT).getAddress()).isEqualTo("account@zeewind.example.com");
        assertThat(senders.of(MailPurpose.SUPPORT).getAddress()).isEqualTo("helpdesk@example.com");
        assertThat(senders.of(MailPurpose.BILLING).getAddress()).isEqualTo("administratie@example.com");
        assertThat(senders.of(MailPurpose.HOSTING).getAddress()).isEqualTo("hosting@example.com");
    }

    @Test
    void a_sender_that_is_no_address_is_refused_at_start_with_the_setting_named() {
        assertThatThrownBy(() -> senders("Loket account at example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loket.mail.senders.account");
    }
}
