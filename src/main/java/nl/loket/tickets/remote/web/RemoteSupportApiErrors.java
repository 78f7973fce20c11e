package nl.loket.tickets.remote.web;

import java.net.URI;
import java.util.Locale;
import nl.loket.tickets.remote.RemoteSupportProblem;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the remote-support API says no, in problem+json in the reader's language: a full slot or a
 * second booking is 409, a booking that is not the caller's 404 (as if it did not exist), a member
 * of staff 403.
 */
@RestControllerAdvice(assignableTypes = RemoteSupportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RemoteSupportApiErrors {

    private final MessageSource messages;

    RemoteSupportApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** A booking without a slot id. */
    static final class MissingSlot extends RuntimeException {
        MissingSlot() {
            super("slotId is required");
        }
    }

    @ExceptionHandler(RemoteSupportProblem.class)
    ResponseEntity<ProblemDetail> refused(RemoteSupportProblem problem, Locale locale) {
        var status =
                switch (problem.kind()) {
                    case DESCRIPTION_MISSING -> HttpStatus.BAD_REQUEST;
                    case SLOT_GONE, BOOKING_NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case SLOT_FULL, ALREADY_BOOKED, ALREADY_CANCELLED, TOO_LATE_TO_CANCEL -> HttpStatus.CONFLICT;
                };
        return problem(status, problem.messageKey(), locale);
    }

    @ExceptionHandler(MissingSlot.class)
    ResponseEntity<ProblemDetail> missingSlot(Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "tickets.remote.problem.slot-missing", locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> notACustomer(Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "tickets.remote.problem.customers-only", locale);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detailKey, Locale locale) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("about:blank"));
        var titleKey = status == HttpStatus.CONFLICT ? "error.4xx.title" : "error." + status.value() + ".title";
        problem.setTitle(messages.getMessage(titleKey, null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(detailKey, null, locale));
        problem.setProperty("code", detailKey.substring(detailKey.lastIndexOf('.') + 1));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
