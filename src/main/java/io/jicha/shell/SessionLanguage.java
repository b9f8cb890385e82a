package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.session.SessionState;

import java.util.Locale;

/**
 * The language of a session (its locale: Chinese for a Chinese locale, else English), in which the terminal
 * prints what the session's documents also say: the evaluation's sentences and the names of what is
 * scored, so that a Chinese session reads the same under any terminal language.
 */
final class SessionLanguage {

    private SessionLanguage() {
    }

    static Texts.Lang of(SessionState state) {
        Locale locale = Locale.forLanguageTag(state.info().locale());
        return locale.getLanguage().equals(Locale.CHINESE.getLanguage()) ? Texts.Lang.ZH : Texts.Lang.EN;
    }
}
