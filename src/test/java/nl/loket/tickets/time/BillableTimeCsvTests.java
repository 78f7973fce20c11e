package nl.loket.tickets.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.loket.shared.EmailAddress;
import nl.loket.tickets.TicketNumber;
import nl.loket.tickets.TicketRecords.TicketRef;
import org.junit.jupiter.api.Test;

/** The invoicing CSV: a header, one line per ticket-day, and nothing a spreadsheet would run. */
class BillableTimeCsvTests {

    @Test
    void has_a_header_and_a_line_per_ticket_day_with_blocks_and_amount() {
        var csv = BillableTimeCsv.of(month("Jansen Webdesign", "Website hersteld; cache geleegd"));

        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "customer;email;ticket;subject;day;billable_minutes;blocks;rate_per_block;amount;description",
                        "Jansen Webdesign;jan@example.nl;1234-5678;Site traag;2026-11-03;20;2;22,50;45,00;"
                                + "\"Website hersteld; cache geleegd\"");
    }

    @Test
    void a_cell_that_a_spreadsheet_would_take_for_a_formula_starts_with_a_quote() {
        var csv = BillableTimeCsv.of(month("=HYPERLINK(\"http://x\")", "+31 bellen"));

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").contains(";'+31 bellen");
        assertThat(BillableTimeCsv.field("-1")).isEqualTo("'-1");
        assertThat(BillableTimeCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(BillableTimeCsv.field("gewoon")).isEqualTo("gewoon");
    }

    private static BillableTimeReport.Month month(String name, String description) {
        var ticket = new TicketRef(
                1,
                TicketNumber.parse("1234-5678").orElseThrow(),
                "Site traag",
                null,
                EmailAddress.of("jan@example.nl"),
                name);
        var day = new TicketDay(1, LocalDate.of(2026, 11, 3), 20, 2, 2250, 4500, List.of(description));
        var line = new BillableTimeReport.Line(ticket, day);
        var customer = BillableTimeReport.CustomerLines.of("guest:jan@example.nl", List.of(line));
        return new BillableTimeReport.Month(YearMonth.of(2026, 11), List.of(customer), 2, 4500);
    }
}
