package nl.loket.system;

import java.util.Set;
import org.springframework.http.HttpStatus;

/** Message keys for the errors Loket explains in words; other statuses share a general text. */
final class ErrorTexts {

    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 413, 415, 429, 500, 503);

    private ErrorTexts() {}

    static String titleKey(HttpStatus status) {
        return "error." + suffix(status) + ".title";
    }

    static String textKey(HttpStatus status) {
        return "error." + suffix(status) + ".text";
    }

    private static String suffix(HttpStatus status) {
        if (EXPLAINED.contains(status.value())) {
            return String.valueOf(status.value());
        }
        return status.is4xxClientError() ? "4xx" : "5xx";
    }
}
