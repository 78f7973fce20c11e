package nl.loket.tickets.remote;

import java.time.Instant;

/** A slot as pages and the API show it. */
public record SlotView(
        long id,
        Instant startsAt,
        Instant endsAt,
        int lengthMinutes,
        int capacity,
        int booked,
        int priceCents,
        boolean cancelled) {

    public int placesLeft() {
        return cancelled ? 0 : capacity - booked;
    }
}
