package nl.loket.tickets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts, days and months of billable time on the pages, in the reader's language:
 * {@code ${@timeTexts.amount(cents)}} is "€ 22,50" in Dutch and "€22.50" in English.
 */
@Component("timeTexts")
public class TimeTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    public String amount(long cents) {
        var locale = LocaleContextHolder.getLocale();
        var english = "en".equals(locale.getLanguage());
        var number = String.format(
                english ? Locale.ENGLISH : Locale.forLanguageTag("nl"), "%,.2f", BigDecimal.valueOf(cents, 2));
        return english ? "€" + number : "€ " + number;
    }

    public String day(LocalDate day) {
        return DAY.format(day);
    }

    public String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale()) + " " + month.getYear();
    }
}
