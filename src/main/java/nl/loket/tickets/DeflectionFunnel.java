package nl.loket.tickets;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the ticket form's deflection funnel per day (Dutch days) and reports it for staff. Only
 * numbers are stored: no address, no text, no cookie.
 */
@Service
public class DeflectionFunnel {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The longest period one report covers. */
    static final int MAX_DAYS = 366;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    DeflectionFunnel(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * Adds one to today's count of {@code step}, apart from the caller's transaction (a count never
     * fails a form). Each statement is correct on its own, so without a caller's transaction (a form
     * post) they run without one of their own, which saves its round trips.
     */
    public void count(DeflectionStep step) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            ownTransaction.executeWithoutResult(status -> add(step));
        } else {
            add(step);
        }
    }

    private void add(DeflectionStep step) {
        var day = Date.valueOf(today());
        if (increment(day, step) == 0) {
            jdbc.update(
                    "insert into ticket_deflection_count (count_day, step, total) values (?, ?, 0) on conflict do nothing",
                    day,
                    step.name());
            increment(day, step);
        }
    }

    /** The counts from {@code from} to {@code to} (both included; at most a year, ending at {@code to}). */
    @Transactional(readOnly = true)
    public DeflectionReport report(LocalDate from, LocalDate to) {
        var start = from.isAfter(to) ? to : from;
        if (start.plusDays(MAX_DAYS).isBefore(to)) {
            start = to.minusDays(MAX_DAYS);
        }
        var perDay = new TreeMap<LocalDate, Map<DeflectionStep, Long>>();
        var totals = new EnumMap<DeflectionStep, Long>(DeflectionStep.class);
        jdbc.query(
                "select count_day, step, total from ticket_deflection_count where count_day between ? and ?",
                row -> {
                    var step = DeflectionStep.valueOf(row.getString("step"));
                    var total = row.getLong("total");
                    perDay.computeIfAbsent(
                                    row.getDate("count_day").toLocalDate(), day -> new EnumMap<>(DeflectionStep.class))
                            .merge(step, total, Long::sum);
                    totals.merge(step, total, Long::sum);
                },
                Date.valueOf(start),
                Date.valueOf(to));
        var days = new ArrayList<DeflectionReport.Day>();
        perDay.forEach((day, counts) -> days.add(new DeflectionReport.Day(day, counts)));
        return new DeflectionReport(start, to, days.reversed(), totals);
    }

    private int increment(Date day, DeflectionStep step) {
        return jdbc.update(
                "update ticket_deflection_count set total = total + 1 where count_day = ? and step = ?",
                day,
                step.name());
    }
}
