package nl.loket.tickets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The two secrets of a ticket. An access key (256 random bits, URL-safe) opens a guest's private
 * link; only its SHA-256 is stored, as with the accounts module's mailed tokens. A reply token (20
 * characters of lower-case base32, 100 bits) sits in the Reply-To address of the ticket's mails,
 * {@code local+t<token>@domain}, and is stored as it is because every mail must carry it.
 */
final class TicketSecrets {

    static final Pattern REPLY_TOKEN = Pattern.compile("[a-z2-7]{20}");
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int MAX_KEY_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TicketSecrets() {}

    static String newAccessKey() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String newReplyToken() {
        var token = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            token.append(BASE32.charAt(RANDOM.nextInt(32)));
        }
        return token.toString();
    }

    /** Whether a key as typed or clicked could be one of ours at all (cheap check before hashing). */
    static boolean plausibleKey(String key) {
        return !key.isBlank() && key.length() <= MAX_KEY_LENGTH;
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
