package nl.loket.tickets.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The attachment files on disk, one per distinct content: {@code <directory>/ab/cd/abcd…} named by
 * the content's SHA-256. Uploads arrive in {@code incoming/} first (on the same file system, so that
 * placing them costs a link, not a copy). Placing and removing a content's file happen under a lock
 * per content, so that a removal never takes a file that an upload on this node has just claimed.
 */
@Component
class ContentFiles {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");
    private static final int STRIPES = 64;

    private final Path root;
    private final Path incoming;
    private final Lock[] locks = new Lock[STRIPES];

    ContentFiles(AttachmentSettings settings) {
        this.root = settings.directory().toAbsolutePath().normalize();
        this.incoming = root.resolve("incoming");
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** An upload written to {@code incoming/}: where, its SHA-256 (hex) and size. */
    record Received(Path file, String sha256, long size) {}

    /** Copies at most {@code limit} + 1 bytes, so that a file over the limit is known without reading it all. */
    Received receive(InputStream content, long limit) throws IOException {
        Files.createDirectories(incoming);
        var file = incoming.resolve(UUID.randomUUID() + ".part");
        var digest = sha256();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            size = content.transferTo(new LimitedOutputStream(out, limit + 1));
        } catch (LimitedOutputStream.LimitReached full) {
            size = limit + 1;
        } catch (IOException | RuntimeException broken) {
            discard(file);
            throw broken;
        }
        return new Received(file, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Where the file of a content lives, relative to the directory. */
    static String keyOf(String sha256) {
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    /** The file of a stored key; refuses keys that are not of our making (they could point elsewhere). */
    Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an attachment storage key: " + key);
        }
        return root.resolve(key);
    }

    /** Makes sure the content's file exists, from the received file (which stays). */
    void place(Path received, String key) throws IOException {
        var target = pathOf(key);
        var lock = lockFor(key);
        lock.lock();
        try {
            if (Files.exists(target)) {
                return;
            }
            Files.createDirectories(target.getParent());
            var partial = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
            try {
                Files.createLink(partial, received);
            } catch (IOException | UnsupportedOperationException noLinks) {
                Files.copy(received, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException placedMeanwhile) {
                Files.deleteIfExists(partial);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Deletes the content's file when {@code unused} still says so once the lock is held. */
    void removeIfUnused(String key, BooleanSupplier unused) throws IOException {
        var lock = lockFor(key);
        lock.lock();
        try {
            if (unused.getAsBoolean()) {
                Files.deleteIfExists(pathOf(key));
            }
        } finally {
            lock.unlock();
        }
    }

    void discard(Path received) {
        try {
            Files.deleteIfExists(received);
        } catch (IOException ignored) {
            // A leftover in incoming/ is harmless; it is named by a random id and never read.
        }
    }

    private Lock lockFor(String key) {
        return locks[Math.floorMod(key.hashCode(), STRIPES)];
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Stops a copy once more than {@code limit} bytes went through. */
    private static final class LimitedOutputStream extends OutputStream {

        /** Thrown when the limit is reached; the copy stops there. */
        static final class LimitReached extends RuntimeException {
            LimitReached() {
                super(null, null, false, false);
            }
        }

        private final OutputStream out;
        private long remaining;

        LimitedOutputStream(OutputStream out, long limit) {
            this.out = out;
            this.remaining = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            var allowed = (int) Math.min(length, remaining);
            out.write(bytes, offset, allowed);
            remaining -= allowed;
            if (allowed < length || remaining == 0) {
                throw new LimitReached();
            }
        }
    }
}
