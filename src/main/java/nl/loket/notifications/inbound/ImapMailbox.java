package nl.loket.notifications.inbound;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * One connection to the support mailbox for the length of a poll: lists the waiting mails, fetches
 * one whole, and moves it to a folder (created when missing) or deletes it. Moves use IMAP MOVE
 * where the server has it, else copy, flag as deleted and expunge when closing.
 */
final class ImapMailbox implements AutoCloseable {

    private final IMAPStore store;
    private final IMAPFolder inbox;
    private final Map<String, Folder> folders = new HashMap<>();
    private final boolean canMove;
    private boolean expungeOnClose;

    private ImapMailbox(IMAPStore store, IMAPFolder inbox) throws MessagingException {
        this.store = store;
        this.inbox = inbox;
        this.canMove = store.hasCapability("MOVE");
    }

    static ImapMailbox open(InboundMailSettings settings) throws MessagingException {
        var protocol = settings.protocol() == InboundMailSettings.Protocol.IMAPS ? "imaps" : "imap";
        var timeout = String.valueOf(settings.timeout().toMillis());
        var p = "mail." + protocol + ".";
        var properties = MailMessages.properties(
                "mail.store.protocol",
                protocol,
                p + "connectiontimeout",
                timeout,
                p + "timeout",
                timeout,
                p + "writetimeout",
                timeout,
                // Fetching does not mark a mail as read: a mail set aside after a failure stays unread.
                p + "peek",
                "true",
                p + "fetchsize",
                String.valueOf(1024 * 1024),
                p + "ssl.checkserveridentity",
                "true");
        if (settings.protocol() == InboundMailSettings.Protocol.STARTTLS) {
            properties.setProperty(p + "starttls.enable", "true");
            properties.setProperty(p + "starttls.required", "true");
        }
        var store = (IMAPStore) Session.getInstance(properties).getStore(protocol);
        store.connect(settings.host(), settings.effectivePort(), settings.username(), settings.password());
        try {
            var inbox = (IMAPFolder) store.getFolder(settings.folder());
            inbox.open(Folder.READ_WRITE);
            return new ImapMailbox(store, inbox);
        } catch (MessagingException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The oldest mails waiting in the folder, at most {@code max}; ones flagged as deleted are on their way out. */
    List<Message> waiting(int max) throws MessagingException {
        int count = inbox.getMessageCount();
        var waiting = new ArrayList<Message>();
        if (count <= 0) {
            return waiting;
        }
        var messages = inbox.getMessages(1, Math.min(count, max * 2));
        var profile = new jakarta.mail.FetchProfile();
        profile.add(jakarta.mail.FetchProfile.Item.FLAGS);
        profile.add(jakarta.mail.FetchProfile.Item.SIZE);
        inbox.fetch(messages, profile);
        for (var message : messages) {
            if (waiting.size() < max && !message.isSet(Flags.Flag.DELETED)) {
                waiting.add(message);
            }
        }
        return waiting;
    }

    /** The whole mail as sent. */
    static byte[] download(Message message) throws MessagingException, IOException {
        var out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(out);
        return out.toByteArray();
    }

    /** Marks the mail read (when asked) and moves it into {@code folderName}. */
    void moveTo(Message message, String folderName, boolean seen) throws MessagingException {
        if (seen) {
            message.setFlag(Flags.Flag.SEEN, true);
        }
        var target = folder(folderName);
        if (canMove) {
            inbox.moveMessages(new Message[] {message}, target);
        } else {
            inbox.copyMessages(new Message[] {message}, target);
            message.setFlag(Flags.Flag.DELETED, true);
            expungeOnClose = true;
        }
    }

    void delete(Message message) throws MessagingException {
        message.setFlag(Flags.Flag.DELETED, true);
        expungeOnClose = true;
    }

    private Folder folder(String name) throws MessagingException {
        var key = name.toLowerCase(Locale.ROOT);
        var folder = folders.get(key);
        if (folder == null) {
            folder = store.getFolder(name);
            if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("Cannot create the folder " + name + " in the mailbox");
            }
            folders.put(key, folder);
        }
        return folder;
    }

    @Override
    public void close() throws MessagingException {
        try {
            if (inbox.isOpen()) {
                inbox.close(expungeOnClose);
            }
        } finally {
            store.close();
        }
    }
}
