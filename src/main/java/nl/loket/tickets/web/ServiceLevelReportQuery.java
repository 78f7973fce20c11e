package nl.loket.tickets.web;

import java.time.LocalDate;
import nl.loket.tickets.ReportPeriod;
import nl.loket.tickets.ServiceLevelFigures;
import nl.loket.tickets.ServiceLevelReport;
import org.jspecify.annotations.Nullable;

/**
 * What the report page, its CSV and the API were asked for: a period, and optionally a department
 * (its code) and a level (its id). Anything that cannot be reported on becomes {@link Invalid} with
 * the message key and the parameter at fault.
 */
record ServiceLevelReportQuery(ReportPeriod period, @Nullable String department, @Nullable Long level) {

    static final class Invalid extends RuntimeException {

        private final String messageKey;
        private final String field;

        Invalid(String messageKey, String field) {
            super(messageKey);
            this.messageKey = messageKey;
            this.field = field;
        }

        String messageKey() {
            return messageKey;
        }

        String field() {
            return field;
        }
    }

    static ServiceLevelReportQuery parse(
            @Nullable String preset,
            @Nullable String from,
            @Nullable String to,
            @Nullable String department,
            @Nullable String level,
            LocalDate today) {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(preset, from, to, today);
        } catch (ReportPeriod.Refused refused) {
            throw new Invalid(refused.messageKey(), refused.field());
        }
        @Nullable Long levelId = null;
        if (level != null && !level.isBlank()) {
            try {
                levelId = Long.valueOf(level.strip());
            } catch (NumberFormatException e) {
                throw new Invalid("tickets.sla-report.error.level", "level");
            }
        }
        return new ServiceLevelReportQuery(
                period, department == null || department.isBlank() ? null : department.strip(), levelId);
    }

    ServiceLevelFigures run(ServiceLevelReport report) {
        try {
            return report.report(period, department, level);
        } catch (ServiceLevelReport.UnknownFilter unknown) {
            throw new Invalid(unknown.messageKey(), unknown.field());
        }
    }
}
