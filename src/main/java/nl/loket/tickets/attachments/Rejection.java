package nl.loket.tickets.attachments;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Why an upload was not accepted, as a value a form or an API answer turns into words:
 * {@code messageKey()} with {@code arguments()} ({@code {0}} the file name, {@code {1}} the
 * maximum size, {@code {2}} the maximum number of files), for example "bestand.exe: dit
 * bestandstype is niet toegestaan".
 */
public record Rejection(String fileName, Reason reason, String maxSize, int maxFiles)
        implements MessageSourceResolvable {

    /** The reasons, each with its text under {@code tickets.attachments.rejected.*}. */
    public enum Reason {
        /** The extension is not on the list of allowed types (executables, HTML and SVG never are). */
        TYPE_NOT_ALLOWED("type-not-allowed"),
        /** The content is not what the extension says (a renamed program, HTML in a .txt). */
        CONTENT_MISMATCH("content-mismatch"),
        TOO_LARGE("too-large"),
        EMPTY("empty"),
        TOO_MANY_FILES("too-many-files"),
        /** The upload broke off or could not be read. */
        UNREADABLE("unreadable");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    public String messageKey() {
        return "tickets.attachments.rejected." + reason.key;
    }

    public Object[] arguments() {
        return new Object[] {fileName, maxSize, maxFiles};
    }

    /** The text in the reader's language. */
    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(this, locale);
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey()};
    }

    @Override
    public Object[] getArguments() {
        return arguments();
    }
}
