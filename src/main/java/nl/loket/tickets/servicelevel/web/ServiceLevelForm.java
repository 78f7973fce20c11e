package nl.loket.tickets.servicelevel.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.ServiceLevelChange;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;
import nl.loket.tickets.servicelevel.Target;
import nl.loket.tickets.servicelevel.TimeBasis;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A plan as typed: name, calendar, and per clock an amount (empty: no target) in minutes or hours
 * (hours may have a decimal comma: 1,5) of business or calendar time.
 */
record ServiceLevelForm(
        @Nullable String name,
        @Nullable Long calendarId,
        @Nullable String firstResponseAmount,
        @Nullable Unit firstResponseUnit,
        @Nullable TimeBasis firstResponseBasis,
        @Nullable String nextResponseAmount,
        @Nullable Unit nextResponseUnit,
        @Nullable TimeBasis nextResponseBasis,
        @Nullable String resolutionAmount,
        @Nullable Unit resolutionUnit,
        @Nullable TimeBasis resolutionBasis,
        @Nullable Boolean guaranteed,
        @Nullable Long version) {

    /** The unit an amount is typed in. */
    enum Unit {
        MINUTES,
        HOURS
    }

    static ServiceLevelForm of(ServiceLevelDetails level) {
        var first = level.target(ServiceClock.FIRST_RESPONSE).orElse(null);
        var next = level.target(ServiceClock.NEXT_RESPONSE).orElse(null);
        var resolution = level.target(ServiceClock.RESOLUTION).orElse(null);
        return new ServiceLevelForm(
                level.name(),
                level.calendarId(),
                amount(first),
                unit(first),
                basis(first),
                amount(next),
                unit(next),
                basis(next),
                amount(resolution),
                unit(resolution),
                basis(resolution),
                level.guaranteed(),
                level.version());
    }

    /** The change, or null after rejecting the fields that are wrong. */
    @Nullable
    ServiceLevelChange toChange(Errors errors) {
        var typedName = name == null ? "" : name.strip();
        if (typedName.isEmpty() || typedName.length() > ServiceLevels.MAX_NAME_LENGTH) {
            errors.rejectValue("name", "tickets.service-level.problem.NAME_MISSING");
        }
        var targets = new EnumMap<ServiceClock, Target>(ServiceClock.class);
        target(
                errors,
                "firstResponse",
                firstResponseAmount,
                firstResponseUnit,
                firstResponseBasis,
                ServiceClock.FIRST_RESPONSE,
                targets);
        target(
                errors,
                "nextResponse",
                nextResponseAmount,
                nextResponseUnit,
                nextResponseBasis,
                ServiceClock.NEXT_RESPONSE,
                targets);
        target(
                errors,
                "resolution",
                resolutionAmount,
                resolutionUnit,
                resolutionBasis,
                ServiceClock.RESOLUTION,
                targets);
        if (errors.hasErrors()) {
            return null;
        }
        return new ServiceLevelChange(
                typedName,
                calendarId == null ? -1 : calendarId,
                targets,
                Boolean.TRUE.equals(guaranteed),
                version == null ? -1 : version);
    }

    private static void target(
            Errors errors,
            String field,
            @Nullable String amount,
            @Nullable Unit unit,
            @Nullable TimeBasis basis,
            ServiceClock clock,
            EnumMap<ServiceClock, Target> targets) {
        var typed = amount == null ? "" : amount.strip();
        if (typed.isEmpty()) {
            return;
        }
        var minutes = minutes(typed, unit == null ? Unit.MINUTES : unit);
        if (minutes == null || minutes < 1 || minutes > Target.MAX_MINUTES) {
            errors.rejectValue(
                    field + "Amount",
                    "tickets.service-level.amount-invalid",
                    new Object[] {typed, String.valueOf(Target.MAX_MINUTES / 60)},
                    null);
            return;
        }
        targets.put(clock, new Target(minutes, basis == null ? TimeBasis.BUSINESS : basis));
    }

    private static @Nullable Integer minutes(String typed, Unit unit) {
        if (!typed.matches("\\d{1,7}([.,]\\d{1,2})?")) {
            return null;
        }
        var number = new BigDecimal(typed.replace(',', '.'));
        var minutes = unit == Unit.HOURS ? number.multiply(BigDecimal.valueOf(60)) : number;
        try {
            return minutes.intValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    private static String amount(@Nullable Target target) {
        if (target == null) {
            return "";
        }
        return target.minutes() % 60 == 0 ? String.valueOf(target.minutes() / 60) : String.valueOf(target.minutes());
    }

    private static Unit unit(@Nullable Target target) {
        return target == null || target.minutes() % 60 == 0 ? Unit.HOURS : Unit.MINUTES;
    }

    private static TimeBasis basis(@Nullable Target target) {
        return target == null ? TimeBasis.BUSINESS : target.basis();
    }
}
