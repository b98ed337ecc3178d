package org.stepwise.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the leading numbers of a /proc file again and again without allocating: the file is
 * kept open and re-read from offset 0 (the kernel regenerates it on each read) into one buffer.
 * {@link StallWitness} reads every thread's schedstat every few milliseconds; reading them as
 * strings made some 190 MB of garbage a second, and so the very collections (and the returning
 * of the heap after them) that it then caught beside the stalls.
 */
final class ProcReader implements AutoCloseable {

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(512);

    ProcReader(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    /**
     * Reads the file's first line and puts its first {@code into.length} whole numbers into
     * {@code into} (words that are not numbers, such as /proc/stat's "cpu", are skipped).
     * False when the file cannot be read any more (its thread has ended) or holds fewer numbers.
     */
    boolean read(long[] into) {
        buffer.clear();
        try {
            if (channel.read(buffer, 0) <= 0) {
                return false;
            }
        } catch (IOException ended) {
            return false;
        }
        int found = 0;
        long value = 0;
        boolean inNumber = false;
        boolean inWord = false;
        for (int i = 0; i < buffer.position() && found < into.length; i++) {
            byte b = buffer.get(i);
            if (b == '\n') {
                break;
            }
            if (b == ' ' || b == '\t') {
                if (inNumber) {
                    into[found++] = value;
                }
                inNumber = false;
                inWord = false;
                value = 0;
            } else if (b >= '0' && b <= '9' && !inWord) {
                inNumber = true;
                value = value * 10 + (b - '0');
            } else {
                inNumber = false;
                inWord = true;
            }
        }
        if (inNumber && found < into.length) {
            into[found++] = value;
        }
        return found == into.length;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to give back
        }
    }
}
