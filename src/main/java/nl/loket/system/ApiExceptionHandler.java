package nl.loket.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns Spring MVC's own exceptions in API controllers (bad JSON, a missing parameter, a failed
 * validation) into problem+json with a title in the reader's language. Only {@code @RestController}s
 * are advised: HTML controllers keep their error pages.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        var status = HttpStatus.resolve(statusCode.value());
        if (body instanceof ProblemDetail problem && status != null) {
            var locale = localeOf(request);
            problem.setTitle(messages.getMessage(ErrorTexts.titleKey(status), null, locale));
            if (problem.getDetail() == null) {
                problem.setDetail(messages.getMessage(ErrorTexts.textKey(status), null, locale));
            }
        }
        // The headers of an ErrorResponseException (ResponseStatusException) are read-only.
        var writable = new HttpHeaders();
        writable.putAll(headers);
        writable.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, writable, statusCode);
    }

    private static Locale localeOf(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return org.springframework.web.servlet.support.RequestContextUtils.getLocale(http);
        }
        return request.getLocale();
    }
}
