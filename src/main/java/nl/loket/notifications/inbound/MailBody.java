package nl.loket.notifications.inbound;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.loket.tickets.InboundAttachment;
import org.jspecify.annotations.Nullable;

/**
 * The text and the files of a mail, from its MIME structure: in {@code multipart/alternative} the
 * plain-text version is read (else the HTML one, converted); in {@code multipart/mixed} every text
 * part in order (Apple Mail splits text around inline files); everything with a file name, every
 * image and every attached mail is a file. Text is decoded with its declared charset, with UTF-8
 * and then Windows-1252 for parts that declare none or a wrong one.
 */
final class MailBody {

    private static final int MAX_DEPTH = 20;
    private static final int MAX_FILENAME = 200;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Signatures of signed mail: no use to a person reading the ticket. */
    private static final Set<String> SKIPPED =
            Set.of("application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature");

    private final List<String> texts = new ArrayList<>();
    private final List<InboundAttachment> attachments = new ArrayList<>();

    private MailBody() {}

    static MailBody of(Part mail) throws MessagingException, IOException {
        var body = new MailBody();
        body.walk(mail, true, 0);
        return body;
    }

    String text() {
        return String.join("\n\n", texts)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .strip();
    }

    List<InboundAttachment> attachments() {
        return List.copyOf(attachments);
    }

    private void walk(Part part, boolean wantText, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            throw new MessagingException("MIME parts nested deeper than " + MAX_DEPTH);
        }
        var type = baseType(part);
        if (SKIPPED.contains(type)) {
            return;
        }
        if (type.startsWith("multipart/") && part.getContent() instanceof Multipart multipart) {
            multipart(type, multipart, wantText, depth);
        } else if (isFile(part, type)) {
            attach(part, type);
        } else if (type.equals("text/plain") || type.isEmpty()) {
            if (wantText) {
                texts.add(plainText(part));
            }
        } else if (type.equals("text/html")) {
            if (wantText) {
                texts.add(HtmlText.toText(decode(part)));
            }
        } else if (!type.startsWith("text/")) {
            attach(part, type);
        }
        // Other text types without a name (calendar replies, vCards inline) say nothing we show.
    }

    private void multipart(String type, Multipart multipart, boolean wantText, int depth)
            throws MessagingException, IOException {
        int count = multipart.getCount();
        if (type.equals("multipart/alternative")) {
            int chosen = preferred(multipart);
            int before = texts.size();
            for (int i = 0; i < count; i++) {
                // The other versions are walked for their files only (images of the HTML version).
                walk(multipart.getBodyPart(i), wantText && i == chosen, depth + 1);
            }
            // Some programs send an empty plain-text version beside the real HTML one.
            if (wantText && texts.subList(before, texts.size()).stream().allMatch(String::isBlank)) {
                texts.subList(before, texts.size()).clear();
                for (int i = 0; i < count; i++) {
                    var part = multipart.getBodyPart(i);
                    if (i != chosen && baseType(part).equals("text/html") && !isFile(part, "text/html")) {
                        texts.add(HtmlText.toText(decode(part)));
                        break;
                    }
                }
            }
        } else if (type.equals("multipart/related")) {
            for (int i = 0; i < count; i++) {
                walk(multipart.getBodyPart(i), wantText && i == 0, depth + 1);
            }
        } else {
            for (int i = 0; i < count; i++) {
                walk(multipart.getBodyPart(i), wantText, depth + 1);
            }
        }
    }

    /** The version of an alternative to read: plain text, else a nested multipart, else HTML. */
    private static int preferred(Multipart alternative) throws MessagingException {
        int multipart = -1;
        int html = -1;
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            var type = baseType(part);
            if (isFile(part, type)) {
                continue;
            }
            if (type.equals("text/plain")) {
                return i;
            }
            if (type.startsWith("multipart/") && multipart < 0) {
                multipart = i;
            } else if (type.equals("text/html") && html < 0) {
                html = i;
            }
        }
        return multipart >= 0 ? multipart : html;
    }

    private static boolean isFile(Part part, String type) throws MessagingException {
        if (type.startsWith("multipart/")) {
            return false;
        }
        return Part.ATTACHMENT.equalsIgnoreCase(disposition(part))
                || fileName(part) != null
                || type.equals("message/rfc822");
    }

    private void attach(Part part, String type) throws MessagingException, IOException {
        byte[] content;
        try (var in = stream(part)) {
            content = in.readAllBytes();
        }
        var name = fileName(part);
        if (name == null) {
            name = defaultName(type, attachments.size() + 1);
        }
        attachments.add(new InboundAttachment(name, type.isEmpty() ? "application/octet-stream" : type, content));
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        var text = decode(part);
        var contentType = contentType(part);
        if (contentType != null && "flowed".equalsIgnoreCase(contentType.getParameter("format"))) {
            text = FlowedText.unflow(text, "yes".equalsIgnoreCase(contentType.getParameter("delsp")));
        }
        return text;
    }

    /** The text of a part in the charset it declares, or the likeliest one when that fails. */
    static String decode(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (var in = stream(part)) {
            bytes = in.readAllBytes();
        }
        var contentType = contentType(part);
        var declared = contentType == null ? null : contentType.getParameter("charset");
        var charset = charset(declared);
        if (charset != null && !charset.equals(StandardCharsets.US_ASCII)) {
            if (charset.equals(StandardCharsets.ISO_8859_1)) {
                // What mail programs label Latin-1 is nearly always Windows-1252 (€, curly quotes).
                charset = WINDOWS_1252;
            }
            return new String(bytes, charset);
        }
        return strictUtf8(bytes);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static @Nullable Charset charset(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The decoded content; a part with an unknown transfer encoding is read as it is. */
    private static InputStream stream(Part part) throws MessagingException, IOException {
        try {
            return part.getInputStream();
        } catch (MessagingException | UnsupportedEncodingException unknownEncoding) {
            if (part instanceof MimeBodyPart body) {
                return body.getRawInputStream();
            }
            if (part instanceof MimeMessage message) {
                return message.getRawInputStream();
            }
            throw unknownEncoding;
        }
    }

    private static @Nullable String fileName(Part part) {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException unparseable) {
            return null;
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.contains("=?")) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                // keep the name as sent
            }
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return null;
        }
        if (name.length() > MAX_FILENAME) {
            int dot = name.lastIndexOf('.');
            var extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILENAME - extension.length()) + extension;
        }
        return name;
    }

    private static String defaultName(String type, int number) {
        if (type.equals("message/rfc822")) {
            return "bericht-" + number + ".eml";
        }
        var slash = type.indexOf('/');
        var subtype = slash < 0 ? "" : type.substring(slash + 1);
        var extension =
                switch (subtype) {
                    case "jpeg", "pjpeg" -> "jpg";
                    case "svg+xml" -> "svg";
                    case "plain" -> "txt";
                    case "octet-stream", "" -> "bin";
                    default -> subtype.matches("[a-z0-9]{1,8}") ? subtype : "bin";
                };
        return "bijlage-" + number + "." + extension;
    }

    private static @Nullable String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException unparseable) {
            return null;
        }
    }

    private static @Nullable ContentType contentType(Part part) {
        try {
            var header = part.getContentType();
            return header == null ? null : new ContentType(header);
        } catch (MessagingException unparseable) {
            return null;
        }
    }

    private static String baseType(Part part) {
        var contentType = contentType(part);
        return contentType == null ? "" : contentType.getBaseType().toLowerCase(Locale.ROOT);
    }
}
