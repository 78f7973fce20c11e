package nl.loket.notifications.inbound;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;

/**
 * Reading a mail's raw bytes into a message, and the few header values every step needs, each
 * read leniently: a malformed header yields nothing instead of an exception.
 */
final class MailMessages {

    /** Longer Message-IDs are replaced by a hash of themselves (the log's column holds 500). */
    private static final int MAX_MESSAGE_ID = 400;

    // Headers with raw UTF-8 (RFC 6532) are read as UTF-8 instead of as Latin-1.
    private static final Session SESSION = Session.getInstance(properties("mail.mime.allowutf8", "true"));

    private MailMessages() {}

    static MimeMessage read(byte[] raw) throws MessagingException {
        var message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        // Parses the headers now, so that an unreadable mail fails here and not halfway.
        message.getAllHeaders();
        return message;
    }

    /**
     * The {@code Message-ID} without angle brackets; for a mail without one (or with an unusable
     * one) an id made from a hash of the whole mail, so that reading it again gives the same id.
     */
    static String messageId(@Nullable MimeMessage message, byte[] raw) {
        var header = message == null ? null : header(message, "Message-ID");
        if (header != null) {
            var id = header.strip();
            if (id.startsWith("<") && id.indexOf('>') > 0) {
                id = id.substring(1, id.indexOf('>'));
            }
            id = id.strip();
            if (!id.isEmpty() && id.length() <= MAX_MESSAGE_ID && id.chars().noneMatch(Character::isWhitespace)) {
                return id;
            }
            if (!id.isEmpty()) {
                return "hashed-" + sha256(id.getBytes(StandardCharsets.UTF_8)) + "@loket.invalid";
            }
        }
        return "generated-" + sha256(raw) + "@loket.invalid";
    }

    /** The first value of a header, unfolded, or {@code null}. */
    static @Nullable String header(MimeMessage message, String name) {
        try {
            var value = message.getHeader(name, null);
            return value == null ? null : unfold(value);
        } catch (MessagingException e) {
            return null;
        }
    }

    /** Every value of a header, unfolded. */
    static List<String> headers(MimeMessage message, String name) {
        try {
            var values = message.getHeader(name);
            var unfolded = new ArrayList<String>();
            if (values != null) {
                for (var value : values) {
                    unfolded.add(unfold(value));
                }
            }
            return unfolded;
        } catch (MessagingException e) {
            return List.of();
        }
    }

    /** The sender: the first usable address in {@code From}, else in {@code Sender}. */
    static @Nullable InternetAddress sender(MimeMessage message) {
        for (var name : new String[] {"From", "Sender"}) {
            for (var address : addresses(message, name)) {
                return address;
            }
        }
        return null;
    }

    /** The usable addresses in every value of a header (groups and broken entries are left out). */
    static List<InternetAddress> addresses(MimeMessage message, String name) {
        var found = new ArrayList<InternetAddress>();
        for (var value : headers(message, name)) {
            InternetAddress[] parsed;
            try {
                parsed = InternetAddress.parseHeader(value, false);
            } catch (AddressException e) {
                continue;
            }
            for (var address : parsed) {
                var text = address.getAddress();
                if (text != null && !address.isGroup() && EmailAddress.isValid(text)) {
                    found.add(address);
                }
            }
        }
        return found;
    }

    /** The subject, decoded, on one line; empty when there is none. */
    static String subject(MimeMessage message) {
        try {
            var subject = message.getSubject();
            return subject == null ? "" : subject.replaceAll("\\s+", " ").strip();
        } catch (MessagingException e) {
            var raw = header(message, "Subject");
            return raw == null ? "" : raw.replaceAll("\\s+", " ").strip();
        }
    }

    static Properties properties(String... keysAndValues) {
        var properties = new Properties();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    private static String unfold(String value) {
        return value.replaceAll("\\r?\\n[ \\t]*", " ");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
