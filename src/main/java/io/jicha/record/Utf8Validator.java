package io.jicha.record;

/**
 * Checks, block by block, whether a byte stream is well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), the test that tells UTF-8 from GB18030.
 */
final class Utf8Validator {

    private int pending;      // continuation bytes still expected
    private int low = 0x80;   // bounds of the next continuation byte
    private int high = 0xBF;
    private boolean valid = true;

    void update(byte[] buf, int off, int len) {
        if (!valid) {
            return;
        }
        int pending = this.pending;
        int low = this.low;
        int high = this.high;
        for (int i = off; i < off + len; i++) {
            int b = buf[i] & 0xFF;
            if (pending == 0) {
                if (b < 0x80) {
                    continue;
                }
                low = 0x80;
                high = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                    if (b == 0xE0) {
                        low = 0xA0;
                    } else if (b == 0xED) {
                        high = 0x9F;
                    }
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                    if (b == 0xF0) {
                        low = 0x90;
                    } else if (b == 0xF4) {
                        high = 0x8F;
                    }
                } else {
                    valid = false;
                    return;
                }
            } else {
                if (b < low || b > high) {
                    valid = false;
                    return;
                }
                low = 0x80;
                high = 0xBF;
                pending--;
            }
        }
        this.pending = pending;
        this.low = low;
        this.high = high;
    }

    /** True when nothing seen so far breaks UTF-8 (a sequence may still be unfinished). */
    boolean validSoFar() {
        return valid;
    }
}
