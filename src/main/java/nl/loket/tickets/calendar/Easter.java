package nl.loket.tickets.calendar;

import java.time.LocalDate;

/**
 * Easter Sunday in the Gregorian calendar (the computus as the Western churches use it since 1583),
 * computed with the anonymous Gregorian algorithm: the date follows from the year's place in the
 * 19-year lunar cycle, the century's solar and lunar corrections, and the next Sunday.
 */
public final class Easter {

    private Easter() {}

    public static LocalDate sunday(int year) {
        if (year < 1583) {
            throw new IllegalArgumentException("The Gregorian computus starts in 1583, not " + year);
        }
        int golden = year % 19; // place in the Metonic cycle of 19 years
        int century = year / 100;
        int yearInCentury = year % 100;
        int skippedLeapDays = century / 4;
        int centuryRest = century % 4;
        int lunarCorrection = (century + 8) / 25;
        int moonCorrection = (century - lunarCorrection + 1) / 3;
        // days from 21 March to the Paschal full moon (the epact, corrected per century)
        int fullMoon = (19 * golden + century - skippedLeapDays - moonCorrection + 15) % 30;
        int leapDaysInCentury = yearInCentury / 4;
        int yearRest = yearInCentury % 4;
        // days from the full moon to the next Sunday
        int toSunday = (32 + 2 * centuryRest + 2 * leapDaysInCentury - fullMoon - yearRest) % 7;
        // the two exceptions that keep Easter on or before 25 April
        int exception = (golden + 11 * fullMoon + 22 * toSunday) / 451;
        int dayOfMarch = fullMoon + toSunday - 7 * exception + 22;
        return LocalDate.of(year, 3, 1).plusDays(dayOfMarch - 1L);
    }
}
