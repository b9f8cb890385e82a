package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.session.integrity.Fsck;
import io.jicha.journal.Event;
import io.jicha.session.Session;
import io.jicha.text.TextTable;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;

/** journal verify / log. */
@Component
public class JournalCommands {

    private final ShellContext ctx;

    public JournalCommands(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Command(name = {"journal", "verify"}, group = "Journal", description = "Re-derive the journal's hash chain and check every line")
    public String verify(@Option(longName = "session", description = "session name (default: the open one)") String name,
                         @Option(longName = "head", description = "a head hash printed on a document or a receipt: is it in the chain?") String head) {
        Session s = name == null ? ctx.session() : ctx.workspace().open(name);
        Fsck.Report r = Fsck.run(s, EnumSet.of(Fsck.Check.CHAIN), head);
        if (!r.chain().ok()) {
            throw UserError.of("journal.verify.fails", s.name(), r.chain().problem(), r.chain().goodEvents());
        }
        Fsck.HeadPosition at = r.headPosition();
        if (at != null && !at.found()) {
            throw UserError.of("session.fsck.head-missing", at.head(), r.events());
        }
        StringBuilder b = new StringBuilder(Texts.get("journal.verify.ok", s.name(), r.events(), r.head()));
        if (r.chain().incompleteTail()) {
            b.append('\n').append(Texts.get("journal.verify.incomplete"));
        }
        if (at != null) {
            b.append('\n').append(Texts.get("journal.verify.head", at.head(), at.seq(), at.following()));
        }
        return b.toString();
    }

    @Command(name = {"journal", "log"}, group = "Journal", description = "Show the history: when, who, what")
    public String log(@Option(longName = "last", description = "only the last N events") Integer last) {
        List<Event> events = ctx.session().state().events();
        if (last != null && last <= 0) {
            throw UserError.of("journal.last-must-positive-number");
        }
        int from = last == null ? 0 : Math.max(0, events.size() - last);
        TextTable t = new TextTable(Labels.headers("journal.h.seq", "journal.h.when", "journal.h.who", "journal.h.what"))
                .alignRight(0).maxColumnWidth(70);
        for (Event e : events.subList(from, events.size())) {
            t.row(e.seq(), SessionCommands.WHEN.format(e.ts()), e.auditor(), EventSentences.of(e));
        }
        return t.render().stripTrailing();
    }
}
