package nl.loket.tickets.attachments;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether a file's bytes are what its extension says, from its first bytes ("magic numbers")
 * and, for office documents, the entries of the ZIP container. Text kinds must decode as text and
 * must not start like HTML, SVG or XML, which a browser would render.
 */
final class ContentSniffer {

    /** How much of a file is read to decide. */
    static final int HEAD_SIZE = 8192;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final List<byte[]> EXECUTABLES = List.of(
            ascii("MZ"), // Windows (PE) and DOS programs
            new byte[] {0x7F, 'E', 'L', 'F'}, // Linux and BSD programs
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE}, // Mach-O, 32 bit
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF}, // Mach-O, 64 bit
            new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}); // Mach-O universal, Java class
    /** Openings by which browsers recognise markup (WHATWG MIME sniffing), plus XML and SVG. */
    private static final List<String> MARKUP = List.of(
            "<!doctype html",
            "<html",
            "<head",
            "<script",
            "<iframe",
            "<h1",
            "<div",
            "<font",
            "<table",
            "<a",
            "<style",
            "<title",
            "<b",
            "<body",
            "<br",
            "<p",
            "<svg",
            "<?xml",
            "<!--",
            "<object",
            "<embed",
            "<img",
            "<meta",
            "<link",
            "<form",
            "<base");
    /** A mail starts with a header field: a name of printable characters and a colon. */
    private static final Pattern HEADER_LINE = Pattern.compile("^([!-9;-~]+:|From ).*", Pattern.DOTALL);

    private ContentSniffer() {}

    /**
     * Whether the bytes are a program for some operating system, whatever the file is called (a text
     * that happens to start with "MZ" is text).
     */
    static boolean isExecutable(byte[] head) {
        return EXECUTABLES.stream().anyMatch(magic -> startsWith(head, magic)) && textOf(head) == null;
    }

    /** Whether the content is of this kind; {@code file} is the whole content, {@code head} its start. */
    static boolean matches(FileType type, byte[] head, Path file) {
        return switch (type) {
            case PDF -> indexOf(head, PDF, 1024) >= 0;
            case PNG -> startsWith(head, PNG);
            case JPEG -> startsWith(head, JPEG);
            case GIF -> startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"));
            case WEBP -> startsWith(head, ascii("RIFF")) && regionEquals(head, 8, ascii("WEBP"));
            case TEXT, CSV -> isPlainText(head);
            case EML -> isMail(head);
            case ZIP -> startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP);
            case DOCX -> isOfficeOpenXml(head, file, "word/document.xml");
            case XLSX -> isOfficeOpenXml(head, file, "xl/workbook.xml");
            case ODT -> isOpenDocument(head, "application/vnd.oasis.opendocument.text");
            case ODS -> isOpenDocument(head, "application/vnd.oasis.opendocument.spreadsheet");
        };
    }

    private static boolean isPlainText(byte[] head) {
        var text = textOf(head);
        return text != null && !startsWithMarkup(text);
    }

    private static boolean isMail(byte[] head) {
        var text = textOf(head);
        if (text == null || startsWithMarkup(text)) {
            return false;
        }
        return HEADER_LINE.matcher(text.stripLeading()).matches();
    }

    /** A Word or Excel file: a ZIP with the parts of its kind, and no macros (those belong in .docm/.xlsm). */
    private static boolean isOfficeOpenXml(byte[] head, Path file, String mainPart) {
        if (!startsWith(head, ZIP)) {
            return false;
        }
        try (var zip = new ZipFile(file.toFile())) {
            var macros = zip.stream()
                    .anyMatch(entry -> entry.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry(mainPart) != null && !macros;
        } catch (IOException | RuntimeException damaged) {
            return false;
        }
    }

    /** An OpenDocument file starts with an uncompressed entry "mimetype" that names its kind. */
    private static boolean isOpenDocument(byte[] head, String mimeType) {
        var expected = ascii(mimeType);
        return startsWith(head, ZIP)
                && regionEquals(head, 30, ascii("mimetype"))
                && regionEquals(head, 38, expected)
                && regionEquals(head, 38 + expected.length, ascii("PK"));
    }

    /** The head as text, or null when it is not text (NUL bytes, many control characters). */
    static @Nullable String textOf(byte[] head) {
        String text;
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        } else {
            var start = startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
            var bytes = Arrays.copyOfRange(head, start, head.length);
            text = decodes(bytes, StandardCharsets.UTF_8)
                    ? new String(bytes, StandardCharsets.UTF_8)
                    : new String(bytes, StandardCharsets.ISO_8859_1);
        }
        var controls = text.chars()
                .filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
                .count();
        if (text.indexOf('\0') >= 0 || controls > text.length() / 100) {
            return null;
        }
        return text;
    }

    static boolean startsWithMarkup(String text) {
        var start = text.stripLeading().toLowerCase(Locale.ROOT);
        for (var opening : MARKUP) {
            if (start.startsWith(opening)) {
                if (opening.startsWith("<!") || opening.startsWith("<?") || start.length() == opening.length()) {
                    return true;
                }
                var next = start.charAt(opening.length());
                if (Character.isWhitespace(next) || next == '>' || next == '/') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        // The head may end inside a multi-byte character: leave the last three bytes out of the check.
        var length = Math.max(0, bytes.length - 3);
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException notThisCharset) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return regionEquals(data, 0, prefix);
    }

    private static boolean regionEquals(byte[] data, int offset, byte[] expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        return Arrays.equals(data, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static int indexOf(byte[] data, byte[] needle, int within) {
        var last = Math.min(data.length, within + needle.length) - needle.length;
        for (int i = 0; i <= last; i++) {
            if (regionEquals(data, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
