package nl.loket.tickets;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A file attached to a message, as a conversation lists it: a download link by its id.
 *
 * @param contentType the type Loket determined when it was stored (never the sender's claim)
 */
public record AttachedFile(long id, String fileName, long sizeBytes, String contentType) {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    /** The size for people: "300 bytes", "12 KB", "1,5 MB" (decimal sign of the locale). */
    public String size(Locale locale) {
        if (sizeBytes < KB) {
            return sizeBytes + " bytes";
        }
        if (sizeBytes < MB) {
            return Math.ceilDiv(sizeBytes, KB) + " KB";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(sizeBytes / (double) MB) + " MB";
    }
}
