package nl.loket.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers an upload that is larger than the container accepts ({@code
 * spring.servlet.multipart.max-request-size}) with 413: a page in the visitor's language, or
 * problem+json under {@code /api/}, saying how much may be sent at once. Without this the container
 * would drop the body unread, the sign-in or CSRF check would find no form fields, and the visitor
 * would see a refusal that has nothing to do with the file, or a broken connection.
 *
 * <p>It runs before Spring Security. A body that announces its size is recognised before it is
 * parsed, and read to its end (up to twice the limit) so that the browser, still sending, gets the
 * answer; a body without a size is parsed here, and a size failure of the parser answered the same way.
 */
@Component
class UploadLimit extends OncePerRequestFilter implements Ordered {

    /** Request attribute: the message key of the error page's explanation, instead of the status's own. */
    static final String TEXT_KEY = UploadLimit.class.getName() + ".textKey";
    /** Request attribute: the arguments of that message. */
    static final String TEXT_ARGUMENTS = UploadLimit.class.getName() + ".textArguments";

    private static final int DRAIN_FACTOR = 2;

    private final long maxRequestBytes;
    private final String maxRequestSize;

    UploadLimit(@Value("${spring.servlet.multipart.max-request-size:128MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.maxRequestSize = maxRequestSize.toMegabytes() + " MB";
    }

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request) || maxRequestBytes < 0) {
            chain.doFilter(request, response);
            return;
        }
        var length = request.getContentLengthLong();
        if (length > maxRequestBytes) {
            if (length <= DRAIN_FACTOR * maxRequestBytes) {
                drain(request.getInputStream());
            } else {
                response.setHeader("Connection", "close");
            }
            refuse(request, response);
            return;
        }
        try {
            request.getParts();
        } catch (IllegalStateException tooLarge) {
            // The container's parser refused the size of the body or of a part.
            refuse(request, response);
            return;
        } catch (ServletException | IOException malformed) {
            // Not a size problem: let the handler answer as it does for a malformed upload.
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Marks the multipart failure for the error dispatch, so that Spring MVC renders the error page
        // instead of parsing the body again (and failing again, without a page).
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(maxRequestBytes));
        request.setAttribute(TEXT_KEY, "error.413.upload");
        request.setAttribute(TEXT_ARGUMENTS, new Object[] {maxRequestSize});
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }

    private static boolean isMultipart(HttpServletRequest request) {
        var type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static void drain(InputStream body) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException gone) {
            // The client stopped sending; the answer goes out anyway.
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
