package io.jicha.shell;

import io.jicha.common.UserError;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a POSIX shell would for simple cases: blanks
 * separate words; "double" and 'single' quotes group; inside double quotes \" and \\ escape.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"') {
                if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                    cur.append(line.charAt(++i));
                } else if (c == '"') {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c) || c == '\u3000') {
                if (inWord) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw UserError.of(quote == '"' ? "shell.unclosed-double-quote" : "shell.unclosed-single-quote", quote);
        }
        if (inWord) {
            words.add(cur.toString());
        }
        return words;
    }
}
