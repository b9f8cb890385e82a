package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.text.DisplayWidth;

/** Lines of 'label  value' (as in 'session status'), the label from the bundles, padded by display width. */
final class Labels {

    /** The label column's width in terminal columns. */
    static final int WIDTH = 10;

    private Labels() {
    }

    /** The label of {@code key} padded to the label column, followed by the value. */
    static String line(String key, Object value) {
        return line(key, value, WIDTH);
    }

    /** The same with a label column of {@code width} terminal columns (a longer label keeps one space). */
    static String line(String key, Object value, int width) {
        String label = Texts.get(key);
        return DisplayWidth.padRight(label, Math.max(width - 1, DisplayWidth.of(label))) + " " + value;
    }

    /** A table's header row from text keys. */
    static String[] headers(String... keys) {
        String[] h = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            h[i] = keys[i].isEmpty() ? "" : Texts.get(keys[i]);
        }
        return h;
    }
}
