package io.jicha.report;

import java.util.List;
import java.util.Optional;

/**
 * The fonts {@link FontLocator} chose: a body face and a heading face, each empty when no
 * usable font was found (the documents then use the non-embedded STSong-Light), and the
 * warnings the caller should print.
 */
public record FontChoice(Optional<FontSpec> body, Optional<FontSpec> heading, List<String> warnings) {

    public FontChoice {
        warnings = List.copyOf(warnings);
        if (body.isEmpty() && heading.isPresent()) {
            throw new IllegalArgumentException("a heading font without a body font");
        }
    }
}
