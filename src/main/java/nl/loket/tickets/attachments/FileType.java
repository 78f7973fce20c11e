package nl.loket.tickets.attachments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file Loket accepts, each with its extensions and the one content type it is served
 * with. Whether a file's content really is of its kind is for {@link ContentSniffer}. Programs,
 * scripts, HTML and SVG are deliberately absent: a browser or a desktop could run them.
 */
enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    TEXT("text/plain", "txt", "log"),
    CSV("text/csv", "csv"),
    ZIP("application/zip", "zip"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    EML("message/rfc822", "eml");

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    String contentType() {
        return contentType;
    }

    List<String> extensions() {
        return extensions;
    }

    /** The first extension, used when a name lacks one. */
    String extension() {
        return extensions.getFirst();
    }

    static Optional<FileType> byExtension(String extension) {
        var lower = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.extensions.contains(lower))
                .findFirst();
    }

    /** The kind a content type names (parameters such as {@code charset} ignored). */
    static Optional<FileType> byContentType(String contentType) {
        var bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.contentType.equals(bare))
                .findFirst();
    }

    /** Every accepted extension, in the order of this list: pdf, png, jpg, … */
    static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(type -> type.extensions.stream()).toList();
    }
}
