package nl.loket.notifications.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.loket.notifications.inbound.InboundMailSettings.AfterHandling;
import nl.loket.notifications.inbound.InboundMailSettings.Protocol;
import nl.loket.tickets.TicketMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.util.unit.DataSize;

/** The poller runs only where there is a mailbox to read and something to hand its mails to. */
class InboundMailPollerTests {

    private static InboundMailSettings settings(String host) {
        return new InboundMailSettings(
                host,
                0,
                Protocol.IMAPS,
                host.isEmpty() ? "" : "support",
                "",
                "INBOX",
                Duration.ofSeconds(45),
                AfterHandling.MOVE,
                "Verwerkt",
                "Genegeerd",
                "Mislukt",
                DataSize.ofMegabytes(30),
                20,
                50,
                Duration.ofMinutes(5),
                Duration.ofSeconds(30));
    }

    private static ScheduledTaskRegistrar configure(
            InboundMailSettings settings, ObjectProvider<TicketMailbox> handler) {
        // The reader is not polled here; the lease and intake it would use stay out of the picture.
        var reader = new InboundMailReader(settings, null, null, handler, Clock.systemUTC());
        var registrar = new ScheduledTaskRegistrar();
        new InboundMailPoller(reader, handler).configureTasks(registrar);
        return registrar;
    }

    private static ObjectProvider<TicketMailbox> handler() {
        return new StaticListableBeanFactory(Map.of("ticketMailbox", new RecordingTicketMailbox()))
                .getBeanProvider(TicketMailbox.class);
    }

    private static ObjectProvider<TicketMailbox> noHandler() {
        return new StaticListableBeanFactory().getBeanProvider(TicketMailbox.class);
    }

    @Test
    void with_a_host_and_a_ticket_module_the_mailbox_is_polled_at_the_interval() {
        var tasks = configure(settings("imap.zeewind.example"), handler()).getFixedDelayTaskList();

        assertThat(tasks).singleElement().satisfies(task -> assertThat(task.getIntervalDuration())
                .isEqualTo(Duration.ofSeconds(45)));
    }

    @Test
    void without_a_host_nothing_is_polled() {
        assertThat(configure(settings(""), handler()).getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void without_a_ticket_module_nothing_is_polled_and_the_mailbox_is_left_alone() {
        assertThat(configure(settings("imap.zeewind.example"), noHandler()).getFixedDelayTaskList())
                .isEmpty();
    }
}
