package nl.loket.tickets.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.loket.tickets.InboundAttachment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as it arrives: from a form, from an inbound mail or from the API. Nothing about it is
 * trusted: the name is sanitised, the declared type only helps when the name has no extension, and
 * the content decides the type.
 *
 * @param fileName the name as the sender gave it, possibly with a path or worse
 * @param declaredType the content type the sender claimed (may be empty)
 * @param content opened once per read; {@link MultipartFile} and byte arrays can be read again
 */
public record Upload(String fileName, String declaredType, InputStreamSource content) {

    public static Upload of(MultipartFile file) {
        var name = file.getOriginalFilename();
        var type = file.getContentType();
        return new Upload(name == null ? "" : name, type == null ? "" : type, file);
    }

    public static Upload of(InboundAttachment attachment) {
        return new Upload(attachment.filename(), attachment.contentType(), new ByteArrayResource(attachment.content()));
    }

    public static Upload of(String fileName, String declaredType, byte[] content) {
        return new Upload(fileName, declaredType, new ByteArrayResource(content));
    }

    /**
     * The files of a form's file input, without the empty part a browser sends when no file was
     * chosen (an empty file that has a name is kept, and refused as empty).
     */
    public static List<Upload> fromForm(List<MultipartFile> files) {
        return files.stream()
                .filter(file -> !(file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())))
                .map(Upload::of)
                .toList();
    }

    InputStream open() throws IOException {
        return content.getInputStream();
    }
}
