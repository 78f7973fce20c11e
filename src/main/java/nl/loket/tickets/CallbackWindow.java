package nl.loket.tickets;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a customer wants to be called: a day and one of the desk's time windows, in Europe/Amsterdam.
 *
 * @param slot the window of the day
 */
public record CallbackWindow(LocalDate day, Slot slot) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The windows a customer can choose: the office day in three parts. */
    public enum Slot {
        MORNING(LocalTime.of(9, 0), LocalTime.of(12, 0)),
        AFTERNOON(LocalTime.of(12, 0), LocalTime.of(15, 0)),
        LATE_AFTERNOON(LocalTime.of(15, 0), LocalTime.of(17, 0));

        private final LocalTime from;
        private final LocalTime until;

        Slot(LocalTime from, LocalTime until) {
            this.from = from;
            this.until = until;
        }

        public LocalTime from() {
            return from;
        }

        public LocalTime until() {
            return until;
        }

        static Slot starting(LocalTime from) {
            for (var slot : values()) {
                if (slot.from.equals(from)) {
                    return slot;
                }
            }
            throw new IllegalArgumentException("No window starts at " + from);
        }
    }

    public LocalTime from() {
        return slot.from();
    }

    public LocalTime until() {
        return slot.until();
    }

    /** The moment the window ends. */
    public ZonedDateTime end() {
        return day.atTime(slot.until()).atZone(ZONE);
    }

    /** "2026-11-24 09:00-12:00", for the history. */
    @Override
    public String toString() {
        return day + " " + slot.from() + "-" + slot.until();
    }
}
