package org.stepwise.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    private static String readAll(byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
            char[] buffer = new char[1000];
            for (int count = reader.read(buffer, 0, buffer.length); count >= 0;
                 count = reader.read(buffer, 0, buffer.length)) {
                text.append(buffer, 0, count);
            }
        }
        return text.toString();
    }

    @Test
    void aCharacterSplitAcrossTwoReadsIsDecodedWhole() throws IOException {
        // 8191 ASCII bytes put the two bytes of 'é' on both sides of the 8192-byte buffer's end
        String text = "a".repeat(8191) + "\u00e9\u20ac\uD83D\uDE00" + "b".repeat(20000);
        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        String shifted = "a".repeat(8190) + "\uD83D\uDE00z";
        assertThat(readAll(shifted.getBytes(StandardCharsets.UTF_8))).isEqualTo(shifted);
    }

    @Test
    void onlyALeadingByteOrderMarkIsDropped() throws IOException {
        assertThat(readAll("\uFEFFa,b\n\uFEFF".getBytes(StandardCharsets.UTF_8))).isEqualTo("a,b\n\uFEFF");
        assertThat(readAll(new byte[0])).isEmpty();
    }

    @Test
    void linesAreCountedForLfCrLfAndLoneCr() {
        byte[] bytes = "1\n2\r\n3\r4\r\n\n\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readAll(bytes)).isInstanceOf(DataImportException.class)
                .hasMessageStartingWith("line 6 is not UTF-8 text");
    }

    @Test
    void aTruncatedSequenceAtTheEndIsRefused() {
        byte[] euro = "x\n\u20ac".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(euro, euro.length - 1);
        assertThatThrownBy(() -> readAll(truncated)).hasMessageStartingWith("line 2 is not UTF-8 text");
    }

    @Test
    void overlongAndSurrogateEncodingsAreRefused() {
        // 0xC0 0xAF is an overlong '/', 0xED 0xA0 0x80 an encoded surrogate: both invalid UTF-8
        assertThatThrownBy(() -> readAll(new byte[] {'a', '\n', (byte) 0xC0, (byte) 0xAF}))
                .hasMessageStartingWith("line 2 is not UTF-8 text");
        assertThatThrownBy(() -> readAll(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .hasMessageStartingWith("line 1 is not UTF-8 text");
    }
}
