package th.ita.insight.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells UTF-8 (with or without BOM) from Windows-874/TIS-620, the encoding Thai government Excel
 * exports are often saved in. Only the head of the file is inspected, so detection costs nothing on
 * large files; rows further down with bytes that do not decode are rejected one by one.
 */
public final class TextEncoding {
    public static final Charset WINDOWS_874 = Charset.forName("x-windows-874");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextEncoding() {
    }

    /** The charset and how many BOM bytes to skip. */
    public record Detected(Charset charset, int bomLength) {
        public String label() {
            return (charset == StandardCharsets.UTF_8 ? "UTF-8" : "Windows-874") + (bomLength > 0 ? " with BOM" : "");
        }
    }

    public static Detected detect(byte[] head, int length) {
        if (length >= 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2]) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        return new Detected(isUtf8(head, length) ? StandardCharsets.UTF_8 : WINDOWS_874, 0);
    }

    static boolean isUtf8(byte[] head, int length) {
        // Do not judge a multi-byte character cut off by the end of the sample.
        int end = length;
        int back = 0;
        while (end > 0 && back < 3 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        } else {
            end = length;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
