package io.jicha.record;

import io.jicha.common.UserError;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The text encodings of imported files. Detection: a UTF-8 byte-order mark means UTF-8 with BOM;
 * otherwise text that is well-formed UTF-8 is UTF-8; anything else is read as GB18030 (a superset
 * of GBK and GB2312, what Excel on Chinese Windows saves).
 */
public final class TextEncodings {

    public static final String UTF8 = "UTF-8";
    public static final String UTF8_BOM = "UTF-8-BOM";
    public static final String GB18030 = "GB18030";

    private TextEncodings() {
    }

    /** The canonical name of a user-given encoding (--encoding), or a UserError. */
    public static String parseOverride(String name) {
        String n = name.strip();
        if (n.equalsIgnoreCase(UTF8_BOM) || n.equalsIgnoreCase("utf-8-sig")) {
            return UTF8_BOM;
        }
        try {
            Charset cs = Charset.forName(n);
            if (cs.equals(StandardCharsets.UTF_8)) {
                return UTF8;
            }
            return cs.name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw UserError.of("record.unknown-encoding-use-utf-8", name);
        }
    }

    /** A strict decoder: malformed input is an error, never a replacement character. */
    static CharsetDecoder decoder(String encoding) {
        Charset cs = encoding.equals(UTF8_BOM) ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether the first len bytes of b start with the UTF-8 byte-order mark EF BB BF. */
    static boolean startsWithBom(byte[] b, int len) {
        return len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    static boolean isUtf8(String encoding) {
        return encoding.equals(UTF8) || encoding.equals(UTF8_BOM);
    }
}
