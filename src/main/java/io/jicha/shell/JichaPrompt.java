package io.jicha.shell;

import io.jicha.scoring.ScoreTarget;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/** The prompt: the open session, and the file being scored if any, e.g. {@code jicha:苏州2016[吴环罚字〔2016〕45号]> }. */
@Component
public class JichaPrompt implements PromptProvider {

    private final ShellContext ctx;

    public JichaPrompt(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public AttributedString getPrompt() {
        StringBuilder p = new StringBuilder("jicha");
        try {
            ctx.workspace().currentSession().ifPresent(s -> p.append(':').append(s));
        } catch (RuntimeException e) {
            // a prompt never fails
        }
        ctx.currentTarget().ifPresent(t -> p.append('[').append(label(t)).append(']'));
        p.append("> ");
        return new AttributedString(p.toString(), AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    /** The file being scored, named in the session's language (a file's id, or 吴江区 单位资料). */
    private String label(ScoreTarget t) {
        try {
            return t.label(ctx.session().state().info().language());
        } catch (RuntimeException e) {
            return t.label(); // a prompt never fails: then in the session's default language
        }
    }
}
