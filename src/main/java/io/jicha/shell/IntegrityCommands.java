package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.session.Session;
import io.jicha.integrity.Fsck;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** session fsck: prints what {@link Fsck} found, one line per fault, and fails when there is any. */
@Component
public class IntegrityCommands {

    private final ShellContext ctx;
    private final Console console;

    public IntegrityCommands(ShellContext ctx, Console console) {
        this.ctx = ctx;
        this.console = console;
    }

    @Command(name = {"session", "fsck"}, group = "Session",
            description = "Check everything: chain, snapshots, rubrics, draws, scores, signatures, stray files")
    public String fsck(@Option(longName = "session", description = "session name (default: the open one)") String name,
                       @Option(longName = "head", description = "a head hash printed on a document or a receipt: is it in the chain?") String head,
                       @Option(longName = "trust", description = "the team's keyring: a file of lines '<auditor> <key fingerprint>', or 'store' for the PostgreSQL store's key table; each key must be one it lists") String trust) {
        io.jicha.session.integrity.TrustedKeys keyring = io.jicha.session.integrity.TrustedKeys.of(trust,
                ctx.workspace().store().orElse(null), ctx.workspace().location());
        Session s = name == null ? ctx.session() : ctx.workspace().open(name);
        Fsck.Report r = Fsck.run(s, Fsck.ALL, head, ctx.keyFolder(), keyring);
        try { // who wrote what, as the store saw it, when the chain reads at all
            JournalCommands.warnImpersonations(ctx, s.writers(), s.state().events());
        } catch (UserError unreadable) {
            // the chain's fault is among r.faults(), printed below
        }
        StringBuilder b = new StringBuilder(Texts.get("session.fsck.summary", s.name(), r.events(), r.head(),
                r.snapshots(), r.rubrics(), r.draws().size(), r.scores(), r.signatures(), r.files()));
        if (r.evidence() > 0) {
            b.append('\n').append(Texts.get("evidence.fsck.checked", r.evidence()));
        }
        if (r.chain().incompleteTail()) {
            b.append('\n').append(Texts.get("journal.verify.incomplete"));
        }
        for (io.jicha.session.integrity.HeadSigning.Checked c : r.signed()) { // who signed which head, with which key
            if (c.signed() != null) {
                b.append('\n').append(Texts.get("session.fsck.signed", c.signed().seq(), c.signed().head().substring(0, 16),
                        c.auditor(), c.fingerprint(),
                        Texts.get("session.fsck.signed-for." + c.signed().purpose().name().toLowerCase(java.util.Locale.ROOT))));
            }
        }
        Fsck.HeadPosition at = r.headPosition();
        if (at != null && at.found()) {
            b.append('\n').append(Texts.get("journal.verify.head", at.head(), at.seq(), at.following()));
        }
        r.warnings().forEach(w -> b.append('\n').append(w));
        if (!r.ok()) {
            console.out().println(b);
            r.faults().forEach(console.out()::println);
            throw UserError.of("session.fsck.faults", r.faults().size());
        }
        return b.append('\n').append(Texts.get("session.fsck.ok")).toString();
    }
}
