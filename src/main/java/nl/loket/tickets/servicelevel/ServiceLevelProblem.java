package nl.loket.tickets.servicelevel;

/** Why a change to a service level plan was refused; texts are {@code tickets.service-level.problem.<KIND>}. */
public final class ServiceLevelProblem extends RuntimeException {

    public enum Kind {
        NAME_MISSING,
        NAME_TAKEN,
        UNKNOWN_CALENDAR,
        CHANGED_MEANWHILE,
        UNKNOWN_LEVEL,
        REASON_MISSING
    }

    private final Kind kind;

    public ServiceLevelProblem(Kind kind) {
        super(kind.name());
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return "tickets.service-level.problem." + kind.name();
    }
}
