package kz.oralman.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads files given by a user without the tricks a path can play: the file type is checked before
 * the file is opened (so a FIFO never blocks and a device is never read), a symbolic link is refused
 * where a folder's member is read, the size is checked first, and the read itself is bounded, so a
 * file that grows or is swapped after the check cannot exhaust memory.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** A file was refused: its message says why, naming the file. */
    public static final class UnsafeFileException extends IOException {
        private static final long serialVersionUID = 1L;

        /**
         * An exception with a message.
         *
         * @param message what is wrong, naming the file
         */
        public UnsafeFileException(String message) {
            super(message);
        }
    }

    /**
     * Reads a regular file as UTF-8 text.
     *
     * @param file the file
     * @param name the name to use in messages
     * @param maxBytes the largest size accepted
     * @param followLinks whether a symbolic link to a regular file is accepted (true for a file named
     *     on the command line; false for a member of a folder)
     * @return the text
     * @throws NoSuchFileException if there is no such file
     * @throws UnsafeFileException if it is not a regular file, is a link where none is accepted, is
     *     larger than {@code maxBytes}, or is not UTF-8
     * @throws IOException if it cannot be read
     */
    public static String readText(Path file, String name, long maxBytes, boolean followLinks) throws IOException {
        long size = requireRegular(file, name, followLinks);
        if (size > maxBytes) {
            throw new UnsafeFileException(name + " is larger than " + describe(maxBytes));
        }
        byte[] bytes;
        try (InputStream in = followLinks ? Files.newInputStream(file)
                : Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw new UnsafeFileException(name + " is larger than " + describe(maxBytes));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnsafeFileException(name + " is not UTF-8 text");
        }
    }

    /**
     * Checks, without opening it, that a path is a regular file.
     *
     * @param file the file
     * @param name the name to use in messages
     * @param followLinks whether a symbolic link to a regular file is accepted
     * @return its size in bytes
     * @throws NoSuchFileException if there is no such file
     * @throws UnsafeFileException if it is a link where none is accepted, or not a regular file
     * @throws IOException if its attributes cannot be read
     */
    public static long requireRegular(Path file, String name, boolean followLinks) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
            if (!followLinks) {
                throw new UnsafeFileException(name + " is a symbolic link; only regular files inside the folder are "
                        + "read");
            }
            a = Files.readAttributes(file, BasicFileAttributes.class);
        }
        if (!a.isRegularFile()) {
            throw new UnsafeFileException(name + " is not a regular file (" + (a.isDirectory() ? "a folder"
                    : "a device, a FIFO or a socket") + ")");
        }
        return a.size();
    }

    /** A size in words: {@code 2 MB}, {@code 512 KB}. */
    static String describe(long bytes) {
        if (bytes >= 1_000_000 && bytes % 1_000_000 == 0) {
            return bytes / 1_000_000 + " MB";
        }
        if (bytes >= 1_000 && bytes % 1_000 == 0) {
            return bytes / 1_000 + " KB";
        }
        return bytes + " bytes";
    }
}
