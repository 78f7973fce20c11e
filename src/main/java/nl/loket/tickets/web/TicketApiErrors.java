package nl.loket.tickets.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.loket.tickets.AttachmentsRefused;
import nl.loket.tickets.CallbackProblem;
import nl.loket.tickets.StaleReplyException;
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
        assignableTypes = {
            TicketApiController.class,
            TicketApiActionsController.class,
            TicketApiAttachmentsController.class,
            CallbackApiController.class,
            TicketTimeApiController.class,
            ServicePlanApiController.class,
            ServiceLevelApiController.class,
            ServiceLevelReportApiController.class
        })
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

    static Refused notFound(String messageKey) {
        return new Refused(HttpStatus.NOT_FOUND, messageKey, null);
    }

    @ExceptionHandler(TicketNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "tickets.api.not-found", locale);
    }

    @ExceptionHandler(TicketRuleException.class)
    ResponseEntity<ProblemDetail> refusedByRule(TicketRuleException refused, Locale locale) {
        return problem(HttpStatus.CONFLICT, refused.messageKey(), locale);
    }

    /** A staff reply on a stale view: 409, with the messages to read first. */
    @ExceptionHandler(StaleReplyException.class)
    ResponseEntity<ProblemDetail> heldBack(StaleReplyException stale, Locale locale) {
        var response = problem(HttpStatus.CONFLICT, "tickets.api.stale-reply", locale);
        var body = response.getBody();
        if (body != null) {
            body.setProperty("unreadMessageIds", stale.unread());
        }
        return response;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(Locale locale) {
        return problem(HttpStatus.CONFLICT, "tickets.rule.changed-meanwhile", locale);
    }

    @ExceptionHandler(CallbackProblem.class)
    ResponseEntity<ProblemDetail> windowRefused(CallbackProblem refused, Locale locale) {
        return refused(badRequest(refused.kind().messageKey(), "day"), locale);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused, Locale locale) {
        var response = problem(refused.status, refused.messageKey, locale);
        var detail = response.getBody() == null ? null : response.getBody().getDetail();
        return refused.field == null
                ? response
                : withErrors(
                        response, List.of(Map.of("field", refused.field, "message", detail == null ? "" : detail)));
    }

    /** Files the attachment policy refused: nothing was kept; each refusal names its file. */
    @ExceptionHandler(AttachmentsRefused.class)
    ResponseEntity<ProblemDetail> filesRefused(AttachmentsRefused refused, Locale locale) {
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "tickets.api.attachments-refused", locale),
                refused.rejections().stream()
                        .map(rejection -> Map.of(
                                "field",
                                "files",
                                "file",
                                rejection.fileName(),
                                "message",
                                messages.getMessage(rejection.messageKey(), rejection.arguments(), locale)))
                        .toList());
    }

    /** Field errors of a request body, each with its message in the reader's language. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, Locale locale) {
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "tickets.api.invalid", locale),
                invalid.getBindingResult().getFieldErrors().stream()
                        .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                        .toList());
    }

    /** The problem with its {@code errors}: one entry per field or file, each with a {@code message}. */
    private static ResponseEntity<ProblemDetail> withErrors(
            ResponseEntity<ProblemDetail> response, List<Map<String, String>> errors) {
        var body = response.getBody();
        if (body != null) {
            body.setProperty("errors", errors);
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
