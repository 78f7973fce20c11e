package nl.loket.tickets.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import nl.loket.accounts.AccountSummary;
import nl.loket.tickets.Appointment;
import nl.loket.tickets.Channel;

/**
 * Slots for tests. Tests share one database and slots may not overlap, so each slot gets a random
 * start in the window asked for (another one when it happens to overlap an earlier test's).
 */
public final class RemoteSupportFixtures {

    private RemoteSupportFixtures() {}

    /** A 15-minute slot starting between {@code from} and {@code to} from now. */
    public static SlotView slot(
            RemoteSupportSlots slots, Clock clock, Duration from, Duration to, int capacity, int priceCents) {
        var random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            var start = clock.instant()
                    .plus(from)
                    .plusSeconds(random.nextLong(Math.max(1, to.minus(from).toSeconds())))
                    .truncatedTo(ChronoUnit.MINUTES)
                    .atZone(Appointment.ZONE);
            var plan = new SlotPlan(start.toLocalDate(), start.toLocalTime(), 15, capacity, priceCents, 1);
            try {
                var outcome = slots.publish(plan);
                if (outcome.errors().isEmpty()) {
                    var id = outcome.created().getFirst();
                    return slots.upcoming().stream()
                            .map(RemoteSupportSlots.SlotWithBookings::slot)
                            .filter(slot -> slot.id() == id)
                            .findFirst()
                            .orElseThrow();
                }
            } catch (RemoteSupportSlots.SlotsOverlap taken) {
                // try another moment
            }
        }
        throw new IllegalStateException("No free moment found for a test slot");
    }

    public static BookRemoteSupport booking(SlotView slot, AccountSummary customer, String description) {
        return new BookRemoteSupport(slot.id(), customer, description, Channel.WEB);
    }
}
