package nl.loket.tickets.attachments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * The one way an attachment leaves Loket over HTTP: always as a download ({@code Content-Disposition:
 * attachment} with the name in UTF-8 and an ASCII fallback), with the type Loket determined (never
 * the uploader's claim), {@code nosniff}, a sandboxing Content-Security-Policy and private caching.
 * Whether the caller may see the attachment is decided before this is called.
 */
@Component
public class AttachmentDownloads {

    private static final Logger log = LoggerFactory.getLogger(AttachmentDownloads.class);

    private final AttachmentStore store;

    AttachmentDownloads(AttachmentStore store) {
        this.store = store;
    }

    /**
     * The response for a controller to return.
     *
     * @throws ResponseStatusException 404 when the file has gone missing from the disk (logged as an error)
     */
    public ResponseEntity<Resource> download(Attachment attachment) {
        var file = store.pathOf(attachment);
        if (!Files.isReadable(file)) {
            log.error(
                    "Attachment {} has no readable file at {}", attachment.id().value(), file);
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(safeType(attachment.contentType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private")
                .body(new FileSystemResource(file));
    }

    /** One of the types Loket accepts, else {@code application/octet-stream}. */
    static MediaType safeType(String contentType) {
        return FileType.byContentType(contentType)
                .map(type -> MediaType.parseMediaType(type.contentType()))
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266). */
    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }

    /** Accents dropped, anything else outside printable ASCII (and quotes, backslashes) made "_". */
    static String asciiFallback(String fileName) {
        var decomposed = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var ascii = new StringBuilder();
        decomposed.codePoints().forEach(codePoint -> {
            var printable = codePoint >= 0x20 && codePoint < 0x7F && codePoint != '"' && codePoint != '\\';
            ascii.append(printable ? (char) codePoint : '_');
        });
        return ascii.toString();
    }
}
