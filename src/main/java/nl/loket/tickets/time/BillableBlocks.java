package nl.loket.tickets.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The charging rule (docs/adr/0017): per ticket per Dutch calendar day, the billable minutes of
 * every agent are added up and rounded up to whole blocks of 15 minutes. 5 minutes is one block, 15
 * is one, 16 is two; two entries of 5 minutes on one ticket on one day are one block, on two days
 * two. A ticket-day costs its blocks times the rate of its first billable entry.
 */
public final class BillableBlocks {

    public static final int BLOCK_MINUTES = 15;

    private BillableBlocks() {}

    /** Whole blocks for this many billable minutes of one ticket-day, rounded up. */
    public static int of(int minutes) {
        return minutes <= 0 ? 0 : (minutes + BLOCK_MINUTES - 1) / BLOCK_MINUTES;
    }

    /** The billable ticket-days of these entries, by day and then ticket; included time is left out. */
    public static List<TicketDay> days(List<TimeEntry> entries) {
        var byTicketDay = new LinkedHashMap<Key, List<TimeEntry>>();
        entries.stream()
                .filter(TimeEntry::billable)
                .sorted(Comparator.comparing(TimeEntry::day)
                        .thenComparingLong(TimeEntry::ticketId)
                        .thenComparingLong(TimeEntry::id))
                .forEach(entry -> byTicketDay
                        .computeIfAbsent(new Key(entry.ticketId(), entry.day()), key -> new ArrayList<>())
                        .add(entry));
        return byTicketDay.entrySet().stream()
                .map(group -> day(group.getKey(), group.getValue()))
                .toList();
    }

    private static TicketDay day(Key key, List<TimeEntry> entries) {
        var minutes = entries.stream().mapToInt(TimeEntry::minutes).sum();
        var blocks = of(minutes);
        var rate = entries.getFirst().rateCents();
        return new TicketDay(
                key.ticketId(),
                key.day(),
                minutes,
                blocks,
                rate,
                blocks * rate,
                entries.stream().map(TimeEntry::description).distinct().toList());
    }

    private record Key(long ticketId, LocalDate day) {}
}
