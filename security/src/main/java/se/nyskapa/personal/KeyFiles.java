package se.nyskapa.personal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Key material, a file per key in a directory of its own. A database keeps what it deletes: H2 writes copy-on-write
 * and left a deleted key's bytes in its file through hundreds of later commits and a restart (measured), and a
 * PostgreSQL row lives on in dead tuples and the WAL. A file is overwritten in place with zeros, synced, and only then
 * deleted, so that an erased key is gone from the disk, not merely from the tables.
 * <p>
 * That holds on a file system that writes in place (ext4, xfs, tmpfs); on a copy-on-write one (btrfs, ZFS) or with a
 * snapshot or backup of the directory it does not. Files are readable by their owner alone.
 */
final class KeyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String SUFFIX = ".key";

    private final Path directory;
    private final FileAttribute<?>[] ownerOnly;

    KeyFiles(Path directory) {
        try {
            this.directory = Files.createDirectories(directory.toAbsolutePath().normalize());
            this.ownerOnly = Files.getFileStore(this.directory).supportsFileAttributeView("posix")
                    ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
        } catch (IOException e) {
            throw new UncheckedIOException("the key directory " + directory + " cannot be made", e);
        }
    }

    /** Writes a new key and syncs it to disk; false if a key of that name exists already (and is kept). */
    boolean create(String name, byte[] material) {
        Path file = file(name);
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW,
                                                                 StandardOpenOption.WRITE), ownerOnly)) {
            ByteBuffer written = ByteBuffer.wrap(material);
            while (written.hasRemaining()) {
                channel.write(written);
            }
            channel.force(true);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("key " + name + " cannot be written", e);
        }
        syncDirectory();
        return true;
    }

    Optional<byte[]> read(String name) {
        try {
            return Optional.of(Files.readAllBytes(file(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("key " + name + " cannot be read", e);
        }
    }

    /** Overwrites the key with zeros on disk, then deletes it; a key that is not there is gone already. */
    void shred(String name) {
        Path file = file(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer zeros = ByteBuffer.allocate((int) size);
            while (zeros.hasRemaining()) {
                channel.write(zeros, zeros.position());
            }
            channel.force(true);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("key " + name + " cannot be overwritten", e);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("key " + name + " cannot be deleted", e);
        }
        syncDirectory();
    }

    /** The names of every key in the directory. */
    Stream<String> names() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(SUFFIX))
                        .map(name -> name.substring(0, name.length() - SUFFIX.length())).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("the key directory " + directory + " cannot be listed", e);
        }
    }

    private Path file(String name) {
        if (!name.matches("[a-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("not a key name: " + name);
        }
        return directory.resolve(name + SUFFIX);
    }

    /** A new or deleted file is durable once its directory entry is. */
    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every platform opens a directory (Windows does not); the file itself is synced
        }
    }
}
