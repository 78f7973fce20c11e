package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeflectionReportTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Test
    void explicit_and_implicit_deflection_are_shares_of_every_question_that_ended() {
        var report = new DeflectionReport(
                DAY,
                DAY,
                List.of(),
                Map.of(
                        DeflectionStep.SUGGESTIONS_SHOWN, 20L,
                        DeflectionStep.SUGGESTION_OPENED, 10L,
                        DeflectionStep.ANSWERED_ON_FORM, 3L,
                        DeflectionStep.SUBMITTED, 15L,
                        DeflectionStep.SUBMITTED_AFTER_SUGGESTIONS, 12L,
                        DeflectionStep.SUBMITTED_AFTER_OPENING, 5L,
                        DeflectionStep.CLOSED_ON_CONFIRMATION, 2L));

        // 10 forms opened a suggestion: 5 were sent, 3 marked answered, so 2 were left after reading.
        assertThat(report.implicitDeflections()).isEqualTo(2);
        assertThat(report.questions()).isEqualTo(15 + 3 + 2);
        assertThat(report.explicitRate()).isEqualTo(5.0 / 20);
        assertThat(report.implicitRate()).isEqualTo(2.0 / 20);
    }

    @Test
    void a_period_without_questions_has_rates_of_zero() {
        var report = new DeflectionReport(DAY, DAY, List.of(), Map.of());

        assertThat(report.questions()).isZero();
        assertThat(report.explicitRate()).isZero();
        assertThat(report.implicitRate()).isZero();
    }
}
