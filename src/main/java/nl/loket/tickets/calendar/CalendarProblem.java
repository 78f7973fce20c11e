package nl.loket.tickets.calendar;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a change to a calendar was refused, as a text key ({@code tickets.calendar.problem.*}) and
 * its arguments; {@code holiday} is the day already closed when that is the reason.
 */
public final class CalendarProblem extends RuntimeException {

    public enum Kind {
        NAME_TAKEN,
        NAME_MISSING,
        CHANGED_MEANWHILE,
        ALREADY_A_HOLIDAY,
        ALREADY_ADDED,
        OUT_OF_RANGE;

        public String messageKey() {
            return "tickets.calendar.problem." + name();
        }
    }

    private final Kind kind;
    private final transient @Nullable Holiday holiday;

    CalendarProblem(Kind kind) {
        this(kind, null);
    }

    CalendarProblem(Kind kind, @Nullable Holiday holiday) {
        super(kind + (holiday == null ? "" : " " + holiday));
        this.kind = kind;
        this.holiday = holiday;
    }

    public Kind kind() {
        return kind;
    }

    public @Nullable Holiday holiday() {
        return holiday;
    }

    public String messageKey() {
        return kind.messageKey();
    }

    /** Arguments for the text: the first and last supported year for {@link Kind#OUT_OF_RANGE}. */
    public List<Object> arguments() {
        return kind == Kind.OUT_OF_RANGE
                ? List.of(String.valueOf(BusinessTime.FIRST_YEAR), String.valueOf(BusinessTime.LAST_YEAR))
                : List.of();
    }
}
