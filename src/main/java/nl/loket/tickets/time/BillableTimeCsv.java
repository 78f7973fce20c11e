package nl.loket.tickets.time;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A month of billable time as CSV for bookkeeping: UTF-8, semicolons between fields (what Dutch
 * spreadsheets expect), amounts with a decimal comma, one line per ticket-day. A field that a
 * spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading apostrophe.
 */
public final class BillableTimeCsv {

    static final List<String> HEADER = List.of(
            "customer",
            "email",
            "ticket",
            "subject",
            "day",
            "billable_minutes",
            "blocks",
            "rate_per_block",
            "amount",
            "description");

    private BillableTimeCsv() {}

    public static String of(BillableTimeReport.Month month) {
        var lines = Stream.concat(
                Stream.of(row(HEADER)), month.customers().stream().flatMap(customer -> customer.lines().stream()
                        .map(line -> row(List.of(
                                customer.name(),
                                customer.email(),
                                line.ticket().number().value(),
                                line.ticket().subject(),
                                line.day().day().toString(),
                                Integer.toString(line.day().billableMinutes()),
                                Integer.toString(line.day().blocks()),
                                euros(line.day().rateCents()),
                                euros(line.day().amountCents()),
                                line.day().description())))));
        return lines.collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }

    private static String row(List<String> fields) {
        return fields.stream().map(BillableTimeCsv::field).collect(Collectors.joining(";"));
    }

    /** One field as this file writes it (the service level report's CSV writes its fields the same way). */
    public static String field(String value) {
        var safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
