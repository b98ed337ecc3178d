package org.stepwise.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as UTF-8 and nothing else, counting lines as a text editor does (LF,
 * CR LF and a lone CR each end one line), so that a bad byte is reported with its own line
 * number even though the CSV parser reads thousands of characters ahead.
 *
 * <p>Refusals are {@link DataImportException}s: a UTF-16 byte-order mark, a byte sequence that
 * is not UTF-8 ({@link CodingErrorAction#REPORT}), or a NUL character, which in practice means
 * UTF-16 without a mark or a binary file. A UTF-8 byte-order mark is skipped.
 */
final class StrictUtf8Reader extends Reader {

    private static final int BUFFER_SIZE = 8192;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;
    /** The line the next decoded character belongs to, 1-based. */
    private long line = 1;
    private boolean afterCarriageReturn;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int count = Math.min(length, chars.remaining());
        chars.get(buffer, offset, count);
        return count;
    }

    /** Decodes the next chunk into {@code chars}; false at the end of the stream. */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0) {
            if (flushed) {
                chars.flip();
                return false;
            }
            if (!endOfInput) {
                readBytes();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                countLines(0, chars.position());
                throw new DataImportException("line " + line + " is not UTF-8 text; save the file as UTF-8"
                        + " (in a spreadsheet: \"CSV UTF-8\") and try again");
            }
            if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
                flushed = true;
            }
        }
        countLines(0, chars.position());
        chars.flip();
        if (atStart) {
            atStart = false;
            if (chars.get(0) == BYTE_ORDER_MARK) {
                chars.get();
            }
        }
        return true;
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int wanted = bytes.remaining();
        int count = in.readNBytes(bytes.array(), bytes.position(), wanted);
        bytes.position(bytes.position() + count);
        bytes.flip();
        // readNBytes returns fewer bytes than asked for only at the end of the stream
        endOfInput = count < wanted;
        if (atStart && bytes.remaining() >= 2 && isUtf16Mark(bytes.get(0), bytes.get(1))) {
            throw new DataImportException("the file is saved as UTF-16; save it as UTF-8"
                    + " (in a spreadsheet: \"CSV UTF-8\") and try again");
        }
    }

    private static boolean isUtf16Mark(byte first, byte second) {
        return (first == (byte) 0xFE && second == (byte) 0xFF) || (first == (byte) 0xFF && second == (byte) 0xFE);
    }

    /** Advances the line counter over chars[from, to) and refuses NUL characters. */
    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars.get(i);
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                afterCarriageReturn = false;
            } else if (c == '\r') {
                line++;
                afterCarriageReturn = true;
            } else {
                afterCarriageReturn = false;
                if (c == '\0') {
                    throw new DataImportException("line " + line + " contains a NUL character, so the file is"
                            + " not UTF-8 text (it may be UTF-16 or not a text file); save it as UTF-8 CSV");
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
