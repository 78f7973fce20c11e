package nl.loket.tickets.remote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.loket.tickets.Appointment;
import nl.loket.tickets.TicketNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL of remote support. Places change only through conditional updates, which the database
 * applies one at a time per slot row: whoever comes second sees the first one's count.
 */
@Component
class RemoteSupportRows {

    private static final String SLOT = "select * from remote_support_slot";
    private static final String BOOKING = "select b.id, b.slot_id, b.price_cents, b.booked_at, b.cancelled_at,"
            + " b.ticket_id, b.customer_id, s.starts_at, s.length_minutes, t.number, t.requester_name,"
            + " t.requester_email from remote_support_booking b join remote_support_slot s on s.id = b.slot_id"
            + " join ticket t on t.id = b.ticket_id";

    private final JdbcTemplate jdbc;

    RemoteSupportRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A booking row with what the services need beside its view. */
    record Booking(BookingView view, long ticketId, long customerId) {}

    long insertSlot(Instant startsAt, SlotPlan plan, Instant now) {
        return insert(
                "insert into remote_support_slot (starts_at, length_minutes, capacity, booked, price_cents,"
                        + " created_at) values (?, ?, ?, 0, ?, ?)",
                ts(startsAt),
                plan.lengthMinutes(),
                plan.capacity(),
                plan.priceCents(),
                ts(now));
    }

    /** The first slot that is not cancelled and overlaps {@code start} for {@code length}. */
    Optional<SlotView> overlapping(Instant start, Duration length) {
        // A slot ends at most MAX_LENGTH after its start: only those can reach into the new one.
        var candidates = jdbc.query(
                SLOT + " where cancelled_at is null and starts_at < ? and starts_at > ? order by starts_at",
                this::slotRow,
                ts(start.plus(length)),
                ts(start.minus(Duration.ofMinutes(SlotPlan.MAX_LENGTH))));
        return candidates.stream().filter(slot -> slot.endsAt().isAfter(start)).findFirst();
    }

    Optional<SlotView> slot(long id) {
        return jdbc.query(SLOT + " where id = ?", this::slotRow, id).stream().findFirst();
    }

    /** Slots from {@code from} until {@code to}, oldest first; free ones only when {@code freeOnly}. */
    List<SlotView> slots(Instant from, Instant to, boolean freeOnly) {
        var free = freeOnly ? " and cancelled_at is null and booked < capacity" : "";
        return jdbc.query(
                SLOT + " where starts_at > ? and starts_at < ?" + free + " order by starts_at, id",
                this::slotRow,
                ts(from),
                ts(to));
    }

    /** Takes a place when one is left and the slot stands and has not started: true when it did. */
    boolean takePlace(long slotId, Instant now) {
        return jdbc.update(
                        "update remote_support_slot set booked = booked + 1 where id = ? and booked < capacity"
                                + " and cancelled_at is null and starts_at > ?",
                        slotId,
                        ts(now))
                == 1;
    }

    void freePlace(long slotId) {
        jdbc.update("update remote_support_slot set booked = booked - 1 where id = ? and booked > 0", slotId);
    }

    boolean cancelSlot(long slotId, Instant now) {
        return jdbc.update(
                        "update remote_support_slot set cancelled_at = ? where id = ? and cancelled_at is null",
                        ts(now),
                        slotId)
                == 1;
    }

    boolean hasActiveBooking(long slotId, long customerId) {
        var count = jdbc.queryForObject(
                "select count(*) from remote_support_booking where slot_id = ? and active_customer_id = ?",
                Integer.class,
                slotId,
                customerId);
        return count != null && count > 0;
    }

    long insertBooking(
            long slotId, long customerId, long ticketId, int priceCents, Instant now, @Nullable Instant remindedAt) {
        return insert(
                "insert into remote_support_booking (slot_id, customer_id, active_customer_id, ticket_id,"
                        + " price_cents, booked_at, reminded_at) values (?, ?, ?, ?, ?, ?, ?)",
                slotId,
                customerId,
                customerId,
                ticketId,
                priceCents,
                ts(now),
                remindedAt == null ? null : ts(remindedAt));
    }

    /** Cancels a standing booking: true when this call did (not someone else a moment earlier). */
    boolean cancelBooking(long bookingId, Instant now) {
        return jdbc.update(
                        "update remote_support_booking set cancelled_at = ?, active_customer_id = null"
                                + " where id = ? and cancelled_at is null",
                        ts(now),
                        bookingId)
                == 1;
    }

    /** Claims the reminder of a booking: true for exactly one caller. */
    boolean claimReminder(long bookingId, Instant now) {
        return jdbc.update(
                        "update remote_support_booking set reminded_at = ? where id = ? and reminded_at is null"
                                + " and cancelled_at is null",
                        ts(now),
                        bookingId)
                == 1;
    }

    /** Standing bookings without a reminder whose slot starts between now and {@code until}. */
    List<Long> remindersDue(Instant now, Instant until, int limit) {
        return jdbc.queryForList(
                "select b.id from remote_support_booking b join remote_support_slot s on s.id = b.slot_id"
                        + " where b.reminded_at is null and b.cancelled_at is null and s.starts_at > ?"
                        + " and s.starts_at <= ? order by s.starts_at, b.id limit ?",
                Long.class,
                ts(now),
                ts(until),
                limit);
    }

    Optional<Booking> booking(long id, Duration cancelBefore, Instant now) {
        return jdbc.query(BOOKING + " where b.id = ?", (row, index) -> booking(row, cancelBefore, now), id).stream()
                .findFirst();
    }

    List<Booking> bookingsOfCustomer(long customerId, Instant since, Duration cancelBefore, Instant now) {
        return jdbc.query(
                BOOKING + " where b.customer_id = ? and s.starts_at > ? order by s.starts_at, b.id",
                (row, index) -> booking(row, cancelBefore, now),
                customerId,
                ts(since));
    }

    List<Booking> bookingsOfSlot(long slotId, Duration cancelBefore, Instant now) {
        return jdbc.query(
                BOOKING + " where b.slot_id = ? order by b.booked_at, b.id",
                (row, index) -> booking(row, cancelBefore, now),
                slotId);
    }

    List<Booking> bookingsOfTicket(String number, Duration cancelBefore, Instant now) {
        return jdbc.query(
                BOOKING + " where t.number = ? order by b.booked_at desc, b.id desc",
                (row, index) -> booking(row, cancelBefore, now),
                number);
    }

    private SlotView slotRow(ResultSet row, int index) throws SQLException {
        var startsAt = row.getTimestamp("starts_at").toInstant();
        var length = row.getInt("length_minutes");
        return new SlotView(
                row.getLong("id"),
                startsAt,
                startsAt.plus(Duration.ofMinutes(length)),
                length,
                row.getInt("capacity"),
                row.getInt("booked"),
                row.getInt("price_cents"),
                row.getTimestamp("cancelled_at") != null);
    }

    private Booking booking(ResultSet row, Duration cancelBefore, Instant now) throws SQLException {
        var startsAt = row.getTimestamp("starts_at").toInstant();
        var cancelledAt = row.getTimestamp("cancelled_at");
        var until = startsAt.minus(cancelBefore);
        var appointment = new Appointment(
                startsAt,
                startsAt.plus(Duration.ofMinutes(row.getInt("length_minutes"))),
                row.getInt("price_cents"),
                until);
        var view = new BookingView(
                row.getLong("id"),
                row.getLong("slot_id"),
                new TicketNumber(row.getString("number")),
                row.getString("requester_name"),
                row.getString("requester_email"),
                appointment,
                row.getTimestamp("booked_at").toInstant(),
                cancelledAt == null ? null : cancelledAt.toInstant(),
                cancelledAt == null && now.isBefore(until));
        return new Booking(view, row.getLong("ticket_id"), row.getLong("customer_id"));
    }

    private long insert(String sql, @Nullable Object... arguments) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(sql, new String[] {"id"});
                    new ArgumentPreparedStatementSetter(arguments).setValues(statement);
                    return statement;
                },
                keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
