package nl.loket.tickets.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.TicketRuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the ticket API says what went wrong, in problem+json in the reader's language: a ticket that
 * is not there or not the caller's is 404 (the same answer for both), a change the ticket's rules
 * refuse is 409 with the reason, invalid input 400 with the fields. Ordered before the pages' {@link
 * TicketWebErrors}, which would answer with HTML.
 */
@RestControllerAdvice(
        assignableTypes = {TicketApiController.class, TicketApiActionsController.class, TicketTimeApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class TicketApiErrors {

    private final MessageSource messages;

    TicketApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** Bad input the controllers find themselves: a message key for the detail and, if any, the field. */
    static final class Refused extends RuntimeException {

        private final HttpStatus status;
        private final String messageKey;
        private final @Nullable String field;

        Refused(HttpStatus status, String messageKey, @Nullable String field) {
            super(messageKey);
            this.status = status;
            this.messageKey = messageKey;
            this.field = field;
        }
    }

    static Refused badRequest(String messageKey, @Nullable String field) {
        return new Refused(HttpStatus.BAD_REQUEST, messageKey, field);
    }

    static Refused forbidden(String messageKey) {
        return new Refused(HttpStatus.FORBIDDEN, messageKey, null);
    }

    @ExceptionHandler(TicketNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "tickets.api.not-found", locale);
    }

    @ExceptionHandler(TicketRuleException.class)
    ResponseEntity<ProblemDetail> refusedByRule(TicketRuleException refused, Locale locale) {
        return problem(HttpStatus.CONFLICT, refused.messageKey(), locale);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(Locale locale) {
        return problem(HttpStatus.CONFLICT, "tickets.rule.changed-meanwhile", locale);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused, Locale locale) {
        var response = problem(refused.status, refused.messageKey, locale);
        if (refused.field != null) {
            var body = response.getBody();
            if (body != null) {
                body.setProperty(
                        "errors",
                        List.of(Map.of(
                                "field", refused.field, "message", body.getDetail() == null ? "" : body.getDetail())));
            }
        }
        return response;
    }

    /** Field errors of a request body, each with its message in the reader's language. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, Locale locale) {
        var response = problem(HttpStatus.BAD_REQUEST, "tickets.api.invalid", locale);
        var body = response.getBody();
        if (body != null) {
            body.setProperty(
                    "errors",
                    invalid.getBindingResult().getFieldErrors().stream()
                            .map(error ->
                                    Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                            .toList());
        }
        return response;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detailKey, Locale locale) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(messages.getMessage(titleKey(status), null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(detailKey, null, locale));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String titleKey(HttpStatus status) {
        return switch (status.value()) {
            case 400, 403, 404 -> "error." + status.value() + ".title";
            default -> "error.4xx.title";
        };
    }
}
