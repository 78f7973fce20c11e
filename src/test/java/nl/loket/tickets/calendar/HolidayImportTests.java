package nl.loket.tickets.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.loket.tickets.calendar.HolidayImport.SkipReason;
import org.junit.jupiter.api.Test;

class HolidayImportTests {

    private final Holidays office = Holidays.of(HolidayRules.DUTCH, List.of());

    @Test
    void whole_day_events_become_holidays_named_after_their_summary() throws Exception {
        var plan = plan(
                """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//NL
                BEGIN:VEVENT
                UID:1@test
                DTSTART;VALUE=DATE:20250530
                DTEND;VALUE=DATE:20250531
                SUMMARY:Brugdag na Hemelvaart
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20251124
                SUMMARY:Studiedag
                END:VEVENT
                END:VCALENDAR
                """);

        assertThat(plan.imported())
                .extracting(Holiday::date, Holiday::name, Holiday::source)
                .containsExactly(
                        tuple(LocalDate.of(2025, 5, 30), "Brugdag na Hemelvaart", Holiday.Source.IMPORTED),
                        tuple(LocalDate.of(2025, 11, 24), "Studiedag", Holiday.Source.IMPORTED));
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void an_event_over_several_days_closes_each_of_them_but_not_the_day_it_ends_at_midnight() throws Exception {
        var plan = plan(
                """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20251229
                DTEND;VALUE=DATE:20260101
                SUMMARY:Kerstsluiting
                END:VEVENT
                BEGIN:VEVENT
                DTSTART:20250303T230000Z
                DTEND:20250305T230000Z
                SUMMARY:Verhuizing
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;TZID=Europe/Amsterdam:20250310T090000
                DURATION:P2D
                SUMMARY:Training
                END:VEVENT
                END:VCALENDAR
                """);

        assertThat(plan.imported())
                .extracting(Holiday::date)
                .containsExactly(
                        // 23:00 UTC is midnight in Amsterdam: 4 and 5 March, not the 6th
                        LocalDate.of(2025, 3, 4),
                        LocalDate.of(2025, 3, 5),
                        LocalDate.of(2025, 3, 10),
                        LocalDate.of(2025, 3, 11),
                        LocalDate.of(2025, 3, 12),
                        LocalDate.of(2025, 12, 29),
                        LocalDate.of(2025, 12, 30),
                        LocalDate.of(2025, 12, 31));
    }

    @Test
    void folded_lines_and_escaped_text_are_read_as_the_standard_says() throws Exception {
        var plan = plan("BEGIN:VCALENDAR\r\n"
                + "BEGIN:VEVENT\r\n"
                + "DTSTART;VALUE=DATE:20250602\r\n"
                + "SUMMARY:Sluiting wegens onderhoud\\, verhuizing\\; en een \r\n"
                + " lange naam die op de volgende regel\\nverdergaat \\\\ klaar\r\n"
                + "END:VEVENT\r\n"
                + "END:VCALENDAR\r\n");

        assertThat(plan.imported())
                .extracting(Holiday::name)
                .containsExactly(
                        "Sluiting wegens onderhoud, verhuizing; en een lange naam die op de volgende regel verdergaat \\ klaar");
    }

    @Test
    void days_that_are_already_closed_or_twice_in_the_file_are_skipped_with_the_reason() throws Exception {
        var added = new Holiday(LocalDate.of(2025, 5, 30), null, "Brugdag", Holiday.Source.ADDED);
        var events = read(
                """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20251224
                DTEND;VALUE=DATE:20251227
                SUMMARY:Kerst
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20250530
                SUMMARY:Brugdag
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20251224
                SUMMARY:Kerstavond
                END:VEVENT
                END:VCALENDAR
                """);

        var plan = HolidayImport.plan(events, Holidays.of(HolidayRules.DUTCH, List.of(added)));

        assertThat(plan.imported()).extracting(Holiday::date).containsExactly(LocalDate.of(2025, 12, 24));
        assertThat(plan.skipped())
                .extracting(HolidayImport.Skipped::date, HolidayImport.Skipped::reason)
                .containsExactly(
                        tuple(LocalDate.of(2025, 12, 25), SkipReason.ALREADY_A_HOLIDAY),
                        tuple(LocalDate.of(2025, 12, 26), SkipReason.ALREADY_A_HOLIDAY),
                        tuple(LocalDate.of(2025, 5, 30), SkipReason.ALREADY_ADDED),
                        tuple(LocalDate.of(2025, 12, 24), SkipReason.TWICE_IN_FILE));
        assertThat(plan.skipped().getFirst().clash().kind()).isEqualTo(HolidayKind.CHRISTMAS_DAY);
    }

    @Test
    void events_that_repeat_are_cancelled_have_no_name_end_before_they_start_or_last_too_long_are_skipped()
            throws Exception {
        var plan = plan(
                """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20250101
                RRULE:FREQ=YEARLY
                SUMMARY:Elk jaar
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20250102
                STATUS:CANCELLED
                SUMMARY:Gaat niet door
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20250103
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20250110
                DTEND;VALUE=DATE:20250105
                SUMMARY:Achterstevoren
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20250601
                DTEND;VALUE=DATE:20250901
                SUMMARY:Zomer
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:19500101
                SUMMARY:Lang geleden
                END:VEVENT
                END:VCALENDAR
                """);

        assertThat(plan.imported()).isEmpty();
        assertThat(plan.skipped())
                .extracting(HolidayImport.Skipped::line, HolidayImport.Skipped::reason)
                .containsExactly(
                        tuple(2, SkipReason.REPEATS),
                        tuple(7, SkipReason.CANCELLED),
                        tuple(12, SkipReason.NO_NAME),
                        tuple(15, SkipReason.ENDS_BEFORE_START),
                        tuple(20, SkipReason.TOO_LONG),
                        tuple(25, SkipReason.OUT_OF_RANGE));
    }

    @Test
    void components_inside_an_event_and_other_components_are_passed_over() throws Exception {
        var plan = plan(
                """
                BEGIN:VCALENDAR
                BEGIN:VTIMEZONE
                TZID:W. Europe Standard Time
                BEGIN:STANDARD
                DTSTART:16010101T030000
                TZOFFSETFROM:+0200
                TZOFFSETTO:+0100
                END:STANDARD
                END:VTIMEZONE
                BEGIN:VEVENT
                DTSTART;TZID="W. Europe Standard Time":20250707T000000
                DTEND;TZID="W. Europe Standard Time":20250708T000000
                SUMMARY;LANGUAGE=nl:Teamdag
                BEGIN:VALARM
                TRIGGER:-PT15M
                DESCRIPTION:Herinnering
                END:VALARM
                END:VEVENT
                BEGIN:VTODO
                DTSTART;VALUE=DATE:20250708
                SUMMARY:Geen vrije dag
                END:VTODO
                END:VCALENDAR
                """);

        assertThat(plan.imported())
                .extracting(Holiday::date, Holiday::name)
                .containsExactly(tuple(LocalDate.of(2025, 7, 7), "Teamdag"));
    }

    @Test
    void a_file_that_is_not_icalendar_is_refused_as_a_whole() {
        assertMalformed("Datum,Naam\n2025-05-30,Brugdag\n", "tickets.calendar.import.not-icalendar");
        assertMalformed("", "tickets.calendar.import.not-icalendar");
    }

    @Test
    void a_broken_file_is_refused_with_the_line_that_is_wrong() {
        assertMalformed(
                """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20250530
                SUMMARY:Goed
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:2025-06-01
                SUMMARY:Fout
                END:VEVENT
                END:VCALENDAR
                """,
                "tickets.calendar.import.bad-date",
                "7",
                "2025-06-01");
        assertMalformed(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20250530\nEND:VCALENDAR\n",
                "tickets.calendar.import.unbalanced",
                "4");
        assertMalformed(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20250530\nEND:VEVENT\n",
                "tickets.calendar.import.unfinished",
                "VCALENDAR");
        assertMalformed(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Zonder begin\nEND:VEVENT\nEND:VCALENDAR\n",
                "tickets.calendar.import.no-start",
                "2");
        assertMalformed(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20250530\ngeen eigenschap\nEND:VEVENT\nEND:VCALENDAR\n",
                "tickets.calendar.import.bad-line",
                "4");
        assertMalformed(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20250530\nDURATION:twee dagen\nEND:VEVENT\nEND:VCALENDAR\n",
                "tickets.calendar.import.bad-duration",
                "4",
                "twee dagen");
    }

    @Test
    void a_file_that_is_not_utf8_text_is_refused() {
        var bytes = new byte[] {'B', 'E', 'G', 'I', 'N', ':', (byte) 0xff, (byte) 0xfe};
        assertThatThrownBy(() -> ICalendarFile.read(bytes, BusinessTime.AMSTERDAM))
                .isInstanceOfSatisfying(ICalendarFile.Malformed.class, malformed -> assertThat(malformed.key())
                        .isEqualTo("tickets.calendar.import.not-text"));
    }

    private HolidayImport.Plan plan(String ics) throws ICalendarFile.Malformed {
        return HolidayImport.plan(read(ics), office);
    }

    private static List<ICalendarFile.Event> read(String ics) throws ICalendarFile.Malformed {
        return ICalendarFile.read(ics.getBytes(StandardCharsets.UTF_8), BusinessTime.AMSTERDAM);
    }

    private static void assertMalformed(String ics, String key, Object... arguments) {
        assertThatThrownBy(() -> read(ics)).isInstanceOfSatisfying(ICalendarFile.Malformed.class, malformed -> {
            assertThat(malformed.key()).isEqualTo(key);
            assertThat(malformed.arguments()).containsExactly(arguments);
        });
    }
}
