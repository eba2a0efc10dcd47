package org.spikeflow.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a workflow file: UTF-8, with or without the byte order mark some Windows editors write. Other encodings
 * are named in the error (UTF-16 and UTF-32 by their byte order mark or their zero bytes), instead of a decoder's
 * "Input length = 1".
 */
final class WorkflowText {

    /** The file is not UTF-8 text; the message says what it is and what to do. */
    static final class EncodingException extends Exception {
        private static final long serialVersionUID = 1L;

        EncodingException(String message) {
            super(message);
        }
    }

    private WorkflowText() {
    }

    static String decode(byte[] bytes) throws EncodingException {
        String other = otherEncoding(bytes);
        if (other != null) {
            throw new EncodingException("The workflow file is encoded as " + other + "; Spikeflow reads UTF-8: save it"
                    + " as UTF-8 (most editors offer this under \"Save as\" / \"Encoding\")");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new EncodingException("The workflow file is not valid UTF-8 (at byte " + (firstInvalid(bytes, start)
                    + 1) + "; is it Latin-1 or Windows-1252?): save it as UTF-8");
        }
    }

    /** UTF-16/32 by byte order mark, or by zero bytes next to ASCII (JSON starts with ASCII), else null. */
    private static String otherEncoding(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return "UTF-32 (big-endian)";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32 (little-endian)";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16 (big-endian)";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16 (little-endian)";
        }
        if (b.length >= 2 && b[0] == 0 && b[1] != 0) {
            return "UTF-16 (big-endian)";
        }
        if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
            return "UTF-16 (little-endian)";
        }
        return null;
    }

    private static int firstInvalid(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
