package io.jicha.common;

/**
 * A domain value with a name in each terminal language (a record kind: 行政处罚案卷 / penalty-case).
 * {@link Texts} prints such a placeholder argument by its name in the language of the text.
 */
public interface Localized {

    /** The value's name in {@code lang}. */
    String in(Texts.Lang lang);
}
