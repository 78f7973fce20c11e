package nl.loket.notifications.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.loket.notifications.inbound.InboundMailSettings.AfterHandling;
import nl.loket.notifications.inbound.InboundMailSettings.Protocol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class InboundMailSettingsTests {

    private static InboundMailSettings bind(Map<String, String> properties) {
        var all = new HashMap<String, String>();
        properties.forEach((key, value) -> all.put("loket.mail.inbound." + key, value));
        return new Binder(new MapConfigurationPropertySource(all))
                .bindOrCreate("loket.mail.inbound", InboundMailSettings.class);
    }

    @Test
    void without_a_host_inbound_mail_is_off_and_the_defaults_are_the_documented_ones() {
        var settings = bind(Map.of());

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.protocol()).isEqualTo(Protocol.IMAPS);
        assertThat(settings.effectivePort()).isEqualTo(993);
        assertThat(settings.folder()).isEqualTo("INBOX");
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.afterHandling()).isEqualTo(AfterHandling.MOVE);
        assertThat(settings.processedFolder()).isEqualTo("Verwerkt");
        assertThat(settings.ignoredFolder()).isEqualTo("Genegeerd");
        assertThat(settings.failedFolder()).isEqualTo("Mislukt");
        assertThat(settings.maxSize()).isEqualTo(DataSize.ofMegabytes(30));
        assertThat(settings.maxPerSenderPerHour()).isEqualTo(20);
    }

    @Test
    void starttls_and_plain_imap_use_port_143_unless_a_port_is_given() {
        var starttls = bind(Map.of("host", "imap.zeewind.example", "username", "support", "protocol", "starttls"));
        var plain = bind(Map.of("host", "localhost", "username", "support", "protocol", "imap", "port", "1143"));

        assertThat(starttls.enabled()).isTrue();
        assertThat(starttls.effectivePort()).isEqualTo(143);
        assertThat(starttls.mailboxName()).isEqualTo("support@imap.zeewind.example:143/INBOX");
        assertThat(plain.effectivePort()).isEqualTo(1143);
    }

    @Test
    void handled_mails_can_be_deleted_instead_of_moved() {
        var settings = bind(Map.of("after-handling", "delete"));

        assertThat(settings.afterHandling()).isEqualTo(AfterHandling.DELETE);
    }

    @Test
    void a_host_without_a_username_is_refused_at_start_with_the_setting_named() {
        assertThatThrownBy(() -> bind(Map.of("host", "imap.zeewind.example")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("loket.mail.inbound.username");
    }

    @Test
    void a_lease_shorter_than_two_timeouts_is_refused() {
        assertThatThrownBy(() -> bind(Map.of("lease", "40s", "timeout", "30s")))
                .rootCause()
                .hasMessageContaining("loket.mail.inbound.lease");
    }
}
