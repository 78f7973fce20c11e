package nl.loket.tickets;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The funnel over a period. Every question ends one of three ways: sent, marked answered on the
 * form, or left after reading a suggestion (implicit deflection: forms that opened a suggestion
 * minus those that were then sent or marked answered). Explicit deflection also counts tickets the
 * customer closed on the confirmation page. Both rates are shares of all those questions.
 */
public record DeflectionReport(LocalDate from, LocalDate to, List<Day> days, Map<DeflectionStep, Long> totals) {

    public DeflectionReport {
        days = List.copyOf(days);
        totals = Map.copyOf(totals);
    }

    /** The counts of one day. */
    public record Day(LocalDate day, Map<DeflectionStep, Long> counts) {

        public long count(DeflectionStep step) {
            return counts.getOrDefault(step, 0L);
        }
    }

    public long total(DeflectionStep step) {
        return totals.getOrDefault(step, 0L);
    }

    /** Forms that opened a suggestion and were then neither sent nor marked answered. */
    public long implicitDeflections() {
        return Math.max(
                0,
                total(DeflectionStep.SUGGESTION_OPENED)
                        - total(DeflectionStep.SUBMITTED_AFTER_OPENING)
                        - total(DeflectionStep.ANSWERED_ON_FORM));
    }

    public long explicitDeflections() {
        return total(DeflectionStep.ANSWERED_ON_FORM) + total(DeflectionStep.CLOSED_ON_CONFIRMATION);
    }

    /** Every question that ended in the period: sent, answered on the form, or left after reading. */
    public long questions() {
        return total(DeflectionStep.SUBMITTED) + total(DeflectionStep.ANSWERED_ON_FORM) + implicitDeflections();
    }

    /** Explicit deflections as a share of all questions (0 to 1; 0 without questions). */
    public double explicitRate() {
        return questions() == 0 ? 0 : Math.min(1, (double) explicitDeflections() / questions());
    }

    public double implicitRate() {
        return questions() == 0 ? 0 : (double) implicitDeflections() / questions();
    }
}
