package nl.loket.tickets.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import nl.loket.tickets.servicelevel.TimeBasis;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times and shares of the service level report in the reader's language: {@code
 * ${@slaTexts.duration(d, basis)}} is "3 u 20 min werktijd" or "2 d 4 u" in Dutch, "3 h 20 min
 * business time" or "2 d 4 h" in English. Business time is never given in days: how long a working
 * day is depends on the calendar.
 */
@Component("slaTexts")
public class SlaTexts {

    private static final long MINUTES_PER_DAY = 24 * 60;

    public String duration(@Nullable Duration duration, @Nullable TimeBasis basis) {
        return format(duration, basis, english(LocaleContextHolder.getLocale()));
    }

    /** A share from 0 to 1 as a percentage with one decimal ("87,5%"); a dash when there is none. */
    public String share(@Nullable Double share) {
        return percent(share, english(LocaleContextHolder.getLocale()));
    }

    static String format(@Nullable Duration duration, @Nullable TimeBasis basis, boolean english) {
        if (duration == null) {
            return "\u2014";
        }
        var seconds = duration.toSeconds();
        var minutes = Math.round(seconds / 60.0);
        String text;
        if (seconds > 0 && seconds < 30) {
            text = "< 1 min";
        } else if (minutes < 60) {
            text = minutes + " min";
        } else if (basis == TimeBasis.CALENDAR && minutes >= MINUTES_PER_DAY) {
            var hours = minutes % MINUTES_PER_DAY / 60;
            text = minutes / MINUTES_PER_DAY + " d" + (hours == 0 ? "" : " " + hours + (english ? " h" : " u"));
        } else {
            var rest = minutes % 60;
            text = minutes / 60 + (english ? " h" : " u") + (rest == 0 ? "" : " " + rest + " min");
        }
        if (basis == TimeBasis.BUSINESS) {
            text += english ? " business time" : " werktijd";
        }
        return text;
    }

    static String percent(@Nullable Double share, boolean english) {
        if (share == null) {
            return "\u2014";
        }
        var value = BigDecimal.valueOf(share * 100)
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
        return (english ? value : value.replace('.', ',')) + "%";
    }

    /** Minutes with one decimal, for files and the API ({@code 90.5}); null stays null. */
    static @Nullable BigDecimal minutes(@Nullable Duration duration) {
        return duration == null
                ? null
                : BigDecimal.valueOf(duration.toSeconds()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
