package nl.loket.accounts;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and authenticator apps use them:
 * HMAC-SHA1, 30-second steps counted from the Unix epoch, 6 digits. A code is accepted from the
 * previous, the current and the next step, so that a phone clock that is a little off still works;
 * refusing steps already used (replay) is up to the caller, who knows the last accepted step.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** 160 bits, the length RFC 4226 recommends and authenticator apps expect. */
    static final int SECRET_BYTES = 20;

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    static byte[] newSecret() {
        var secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /** The RFC 4226 HOTP value for counter {@code step}, zero-padded to {@code digits}. */
    static String code(byte[] secret, long step, int digits) {
        byte[] hash;
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(longBytes(step));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        var code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step whose code {@code code} is, among the previous, current and next step at
     * {@code now}; empty when it matches none of them (or is not six digits).
     */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        if (!isWellFormed(code)) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            // Constant-time comparison: timing must not tell how many leading digits were right.
            if (MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static boolean isWellFormed(String code) {
        return code.length() == DIGITS && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static byte[] longBytes(long value) {
        var bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) (value & 0xff);
            value >>>= 8;
        }
        return bytes;
    }
}
