package nl.loket.tickets.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Which uploads Loket accepts: at most {@code loket.tickets.attachments.max-files} per message, each
 * at most {@code max-size}, not empty, with an allowed extension ({@link FileType}) and content that
 * is what the extension says (so a renamed program, an HTML page called .txt or an SVG never pass).
 * Every refusal is a {@link Rejection} that a form can show in the reader's language.
 */
@Component
public class AttachmentPolicy {

    private final long maxBytes;
    private final int maxFiles;
    private final String maxSize;

    AttachmentPolicy(AttachmentSettings settings) {
        this.maxBytes = settings.maxSize().toBytes();
        this.maxFiles = settings.maxFiles();
        this.maxSize = forPeople(settings.maxSize());
    }

    /** The decision on one file. */
    sealed interface Verdict {}

    /** Accepted: its safe name and its kind. */
    record Accepted(String fileName, FileType type) implements Verdict {}

    /** Refused, and why. */
    record Refused(Rejection rejection) implements Verdict {}

    /** The limits, for a form. */
    public AttachmentRules rules() {
        var extensions = FileType.allExtensions();
        return new AttachmentRules(
                maxBytes,
                maxSize,
                maxFiles,
                extensions.stream().map(extension -> "." + extension).collect(Collectors.joining(",")),
                String.join(", ", extensions));
    }

    /** A refusal when a message carries more files than allowed. */
    public Optional<Rejection> checkCount(int files) {
        return files > maxFiles ? Optional.of(reject("", Rejection.Reason.TOO_MANY_FILES)) : Optional.empty();
    }

    /** The most bytes a file may have; a store reads one byte more to know that a file is too large. */
    long maxBytes() {
        return maxBytes;
    }

    /**
     * Decides on one received file.
     *
     * @param fileName the name as sent (it is sanitised here)
     * @param declaredType the sender's claimed type, used only to name a file that has no extension
     * @param content the received bytes, at most {@link #maxBytes()} + 1 of them
     * @return the accepted name and kind, or the reason for refusal
     */
    Verdict check(String fileName, String declaredType, Path content) throws IOException {
        var name = FileNames.sanitise(fileName, declaredType);
        var size = Files.size(content);
        if (size == 0) {
            return new Refused(reject(name, Rejection.Reason.EMPTY));
        }
        if (size > maxBytes) {
            return new Refused(reject(name, Rejection.Reason.TOO_LARGE));
        }
        var type = FileType.byExtension(FileNames.extensionOf(name));
        if (type.isEmpty()) {
            return new Refused(reject(name, Rejection.Reason.TYPE_NOT_ALLOWED));
        }
        var head = head(content);
        if (ContentSniffer.isExecutable(head) || !ContentSniffer.matches(type.get(), head, content)) {
            return new Refused(reject(name, Rejection.Reason.CONTENT_MISMATCH));
        }
        return new Accepted(name, type.get());
    }

    /** A refusal for a file that could not be read to the end. */
    Rejection unreadable(String fileName, String declaredType) {
        return reject(FileNames.sanitise(fileName, declaredType), Rejection.Reason.UNREADABLE);
    }

    private Rejection reject(String name, Rejection.Reason reason) {
        return new Rejection(name, reason, maxSize, maxFiles);
    }

    private static byte[] head(Path content) throws IOException {
        try (InputStream in = Files.newInputStream(content)) {
            return in.readNBytes(ContentSniffer.HEAD_SIZE);
        }
    }

    /** "20 MB", "512 KB", "300 bytes". */
    static String forPeople(DataSize size) {
        var bytes = size.toBytes();
        if (bytes >= DataSize.ofMegabytes(1).toBytes()
                && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes()
                && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}
