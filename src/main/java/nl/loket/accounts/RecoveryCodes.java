package nl.loket.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-use recovery codes such as {@code k7mq-x2pd-9h}: ten characters from an alphabet without
 * look-alikes (50 random bits each). Only their SHA-256 is stored; a fast hash is enough because the
 * codes are random and long, unlike passwords, and guessing is throttled as well.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"; // no 0/o, 1/l/i
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> generate() {
        var codes = new ArrayList<String>(COUNT);
        while (codes.size() < COUNT) {
            var code = new StringBuilder(LENGTH + 2);
            for (int i = 0; i < LENGTH; i++) {
                if (i == 4 || i == 8) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
            }
        }
        return List.copyOf(codes);
    }

    /** Whether the input looks like a recovery code (however it was typed), not a TOTP code. */
    static boolean looksLikeOne(String input) {
        return normalise(input).length() == LENGTH;
    }

    static String hash(String code) {
        return AccountTokens.hash(normalise(code));
    }

    /** Lower case without hyphens and spaces: people copy codes in many ways. */
    static String normalise(String input) {
        return input.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
