package nl.loket.tickets.attachments;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Attachments.
 *
 * @param maxSize the largest file accepted ({@code LOKET_TICKETS_ATTACHMENTS_MAX_SIZE}, default 20MB)
 * @param maxFiles the most files per message (default 5)
 * @param directory where the files are kept (default {@code ${loket.data-dir}/attachments})
 * @param unattachedRetention how long an upload that was never attached to a ticket (a form sent
 *     back with an error and abandoned) is kept before it is deleted (default 24 hours)
 */
@ConfigurationProperties("loket.tickets.attachments")
record AttachmentSettings(
        @Nullable DataSize maxSize, int maxFiles, @Nullable Path directory, @Nullable Duration unattachedRetention) {

    AttachmentSettings {
        maxSize = maxSize == null || maxSize.toBytes() <= 0 ? DataSize.ofMegabytes(20) : maxSize;
        maxFiles = maxFiles <= 0 ? 5 : maxFiles;
        directory = directory == null ? Path.of("data", "attachments") : directory;
        unattachedRetention = unattachedRetention == null ? Duration.ofHours(24) : unattachedRetention;
    }
}
