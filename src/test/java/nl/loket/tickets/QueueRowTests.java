package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Where a queue line stands against its due time: the marks the desk shows. */
class QueueRowTests {

    private static final Instant DUE = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant WARN = DUE.minus(Duration.ofMinutes(15));

    @Test
    void a_ticket_is_nearly_late_from_its_warning_time_and_late_from_its_due_time_on() {
        var row = row(DUE, WARN);

        assertThat(row.deadline(WARN.minusSeconds(1))).isEqualTo(QueueRow.Deadline.ON_TIME);
        assertThat(row.deadline(WARN)).isEqualTo(QueueRow.Deadline.AT_RISK);
        assertThat(row.deadline(DUE.minusSeconds(1))).isEqualTo(QueueRow.Deadline.AT_RISK);
        assertThat(row.deadline(DUE)).isEqualTo(QueueRow.Deadline.BREACHED);
        assertThat(row.deadline(DUE.plus(Duration.ofDays(3)))).isEqualTo(QueueRow.Deadline.BREACHED);
    }

    @Test
    void a_ticket_without_a_running_clock_has_no_deadline_whatever_the_time() {
        assertThat(row(null, null).deadline(DUE)).isEqualTo(QueueRow.Deadline.NONE);
    }

    private static QueueRow row(@Nullable Instant due, @Nullable Instant warn) {
        return new QueueRow(
                new TicketNumber("1234-5678"),
                "Vraag",
                "techniek",
                TicketStatus.OPEN,
                TicketPriority.NORMAL,
                "Klant",
                null,
                DUE.minus(Duration.ofHours(1)),
                DUE.minus(Duration.ofHours(1)),
                due,
                warn);
    }
}
