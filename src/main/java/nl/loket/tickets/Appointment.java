package nl.loket.tickets;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A remote-support appointment as customers and mails see it: when it starts and ends, what it
 * costs (euro cents) and until when the customer can still cancel it.
 */
public record Appointment(Instant startsAt, Instant endsAt, int priceCents, Instant cancellableUntil) {

    /** Business rules and what customers read are in Dutch time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

    /** "24-11-2026 10:00", in Dutch time. */
    public static String moment(Instant at) {
        return MOMENT.format(at);
    }

    /** "24-11-2026 10:00 – 11:00", in Dutch time. */
    public String period() {
        return moment(startsAt) + " – " + TIME.format(endsAt);
    }

    public String price(Locale locale) {
        return euros(priceCents, locale);
    }

    /** An amount as Dutch readers expect it ("€ 1.045,00"), or English ones ("€1,045.00"). */
    public static String euros(long cents, Locale locale) {
        var english = "en".equals(locale.getLanguage());
        var format = new DecimalFormat(
                "#,##0.00", DecimalFormatSymbols.getInstance(english ? Locale.UK : Locale.of("nl", "NL")));
        return (english ? "€" : "€ ") + format.format(java.math.BigDecimal.valueOf(cents, 2));
    }
}
