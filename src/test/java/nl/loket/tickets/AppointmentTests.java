package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AppointmentTests {

    @Test
    void prices_read_as_dutch_and_english_readers_write_them() {
        assertThat(Appointment.euros(4500, Locale.of("nl"))).isEqualTo("€ 45,00");
        assertThat(Appointment.euros(123456, Locale.of("nl"))).isEqualTo("€ 1.234,56");
        assertThat(Appointment.euros(4500, Locale.ENGLISH)).isEqualTo("€45.00");
        assertThat(Appointment.euros(123456, Locale.ENGLISH)).isEqualTo("€1,234.56");
    }

    @Test
    void the_period_is_in_dutch_time() {
        var appointment = new Appointment(
                Instant.parse("2026-11-24T09:00:00Z"),
                Instant.parse("2026-11-24T10:00:00Z"),
                4500,
                Instant.parse("2026-11-23T09:00:00Z"));

        assertThat(appointment.period()).isEqualTo("24-11-2026 10:00 – 11:00");
    }
}
