package app.lectern.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes an uploaded text file: UTF-8 (a leading byte order mark is dropped), line breaks made {@code \n}. */
final class TextFile {

    private TextFile() {}

    /**
     * The text, or empty with a problem when the bytes are too many, not UTF-8 or hold control characters (a binary
     * file chosen by mistake).
     */
    static Optional<String> decode(byte[] bytes, Drafts out) {
        if (bytes.length > QuestionImport.MAX_TEXT_BYTES) {
            out.problem(
                    0,
                    "the file has " + bytes.length + " bytes; a text file may have at most "
                            + QuestionImport.MAX_TEXT_BYTES + " (1 MiB)");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            out.problem(lineAtByte(bytes, bad), "not UTF-8 (byte " + (bad + 1) + "): save the file as UTF-8 text");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t') {
                out.problem(line, String.format("control character U+%04X: is this a text file?", (int) c));
                return Optional.empty();
            }
        }
        return Optional.of(text);
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var result = decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : 0;
    }

    private static int lineAtByte(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
