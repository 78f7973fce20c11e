package nl.loket.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.loket.shared.EmailAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable (NIST SP 800-63B): long enough, not absurdly long, and not one
 * that attackers try first: our bundled list of very common passwords, the provider's own name or
 * the holder's own e-mail address with a few digits around it. No composition rules.
 */
@Component
public class PasswordPolicy {

    /** Argon2id has no 72-byte limit like bcrypt; this only keeps hashing requests bounded. */
    public static final int MAXIMUM_PASSWORD_LENGTH = 256;

    private static final String LIST = "accounts/common-passwords.txt";

    private final Set<String> common;
    private final String companyName;

    PasswordPolicy(@Value("${loket.company-name:Loket}") String companyName) {
        this.common = load();
        this.companyName = core(companyName);
    }

    /** Why a password is refused, each with the message key that explains it. */
    public enum Problem {
        TOO_SHORT("accounts.password.too-short"),
        TOO_LONG("accounts.password.too-long"),
        TOO_COMMON("accounts.password.too-common"),
        CONTAINS_EMAIL("accounts.password.contains-email");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The reason {@code password} is refused for the holder of {@code email}, if any. */
    public Optional<Problem> check(String password, EmailAddress email) {
        if (password.codePointCount(0, password.length()) < AccountManagement.MINIMUM_PASSWORD_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAXIMUM_PASSWORD_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        var lower = password.strip().toLowerCase(Locale.ROOT);
        var address = email.value();
        var localPart = address.substring(0, address.indexOf('@'));
        var core = core(password);
        if (lower.contains(address) || core.equals(core(localPart)) || core.equals(core(address))) {
            return Optional.of(Problem.CONTAINS_EMAIL);
        }
        if (common.contains(lower) || common.contains(core) || core.equals(companyName)) {
            return Optional.of(Problem.TOO_COMMON);
        }
        return Optional.empty();
    }

    /** Throws when the password is refused. */
    public void enforce(String password, EmailAddress email) {
        check(password, email).ifPresent(problem -> {
            throw new PasswordRejectedException(problem);
        });
    }

    /** The letters of a password without case, spaces and the digits or symbols people add around a word. */
    private static String core(String text) {
        var lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
    }

    private static Set<String> load() {
        try (var in = new ClassPathResource(LIST).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the application", e);
        }
    }
}
