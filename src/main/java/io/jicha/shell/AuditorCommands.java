package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.session.SessionInfo;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** auditor use / show: who is acting. */
@Component
public class AuditorCommands {

    private final ShellContext ctx;

    public AuditorCommands(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Command(name = {"auditor", "use"}, group = "Session", description = "Act as this member of the review team")
    public String use(@Argument(index = 0, description = "auditor name") String name) {
        Args.required(Texts.get("session.the-auditor-name"), name);
        if (ctx.openSession().isEmpty()) {
            // a laptop's first step (docs/store.md): the name is checked against the team of each session it acts in
            ctx.useAuditor(name);
            return Texts.get("session.acting-auditor-no-session", name);
        }
        SessionInfo info = ctx.session().state().info();
        if (!info.onTeam(name)) {
            throw UserError.of("session.team-team", name, info.name(), String.join(", ", info.team()));
        }
        ctx.useAuditor(name);
        String env = System.getenv("JICHA_AUDITOR");
        return Texts.get(env != null && !env.isBlank() && !env.equals(name) ? "session.acting-auditor-but-env"
                : "session.acting-auditor", name, env);
    }

    @Command(name = {"auditor", "show"}, group = "Session", description = "Show the acting auditor")
    public String show() {
        return ctx.auditorName().orElse(Texts.get("session.no-acting-auditor"));
    }
}
