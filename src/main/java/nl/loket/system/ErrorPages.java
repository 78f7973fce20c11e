package nl.loket.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error the servlet container hands back: as an RFC 9457 problem+json body for
 * {@code /api/**}, as a page in the visitor's language for everything else. No stack trace or
 * exception message ever reaches the response.
 */
@Controller
class ErrorPages implements ErrorController {

    static final String API_PREFIX = "/api/";

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, Locale locale) {
        var status = statusOf(request);
        var path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        var text = explanation(request, status, locale);
        if (path.startsWith(request.getContextPath() + API_PREFIX)) {
            var problem = problem(status, path, messages, locale);
            problem.setDetail(text);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        var page = new ModelAndView("system/error", status);
        page.addObject("status", status.value());
        page.addObject("titleKey", ErrorTexts.titleKey(status));
        page.addObject("text", text);
        return page;
    }

    /** The status's own explanation, or the one the code that refused the request chose (see {@link UploadLimit}). */
    private String explanation(HttpServletRequest request, HttpStatus status, Locale locale) {
        if (request.getAttribute(UploadLimit.TEXT_KEY) instanceof String key) {
            var arguments = request.getAttribute(UploadLimit.TEXT_ARGUMENTS) instanceof Object[] given ? given : null;
            return messages.getMessage(key, arguments, locale);
        }
        return messages.getMessage(ErrorTexts.textKey(status), null, locale);
    }

    /** A problem body whose title and detail are in the reader's language. */
    static ProblemDetail problem(HttpStatus status, String path, MessageSource messages, Locale locale) {
        var problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(ErrorTexts.titleKey(status), null, locale));
        problem.setDetail(messages.getMessage(ErrorTexts.textKey(status), null, locale));
        problem.setInstance(URI.create(path));
        return problem;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
