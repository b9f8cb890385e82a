package io.jicha.shell;

import io.jicha.common.Texts;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What a newcomer sees when the workspace holds no session yet: three steps (create a session;
 * load rubrics and import records; draw and score) with commands to copy, and the example review.
 */
@Component
public class FirstRunGuide {

    private final ShellContext ctx;

    public FirstRunGuide(ShellContext ctx) {
        this.ctx = ctx;
    }

    /** The guide when the workspace has no sessions, else nothing. */
    public Optional<String> ifNoSessions() {
        return ctx.workspace().sessionNames().isEmpty() ? Optional.of(text()) : Optional.empty();
    }

    String text() {
        return Texts.get("shell.guide", ctx.workspace().location());
    }
}
