package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.integrity.Fsck;
import io.jicha.journal.Event;
import io.jicha.session.Writers;
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
    public String log(@Option(longName = "last", description = "only the last N events") Integer last,
                      @Option(longName = "roles", description = "also the database role that stored each line (PostgreSQL store)") Boolean roles) {
        List<Event> events = ctx.session().state().events();
        if (last != null && last <= 0) {
            throw UserError.of("journal.last-must-positive-number");
        }
        int from = last == null ? 0 : Math.max(0, events.size() - last);
        Writers writers = ctx.session().writers();
        warnImpersonations(ctx, writers, events);
        if (Boolean.TRUE.equals(roles)) { // the role the store recorded for each line, beside the auditor
            TextTable t = new TextTable(Labels.headers("journal.h.seq", "journal.h.when", "journal.h.who",
                    "journal.h.role", "journal.h.what")).alignRight(0).maxColumnWidth(70);
            for (Event e : events.subList(from, events.size())) {
                t.row(e.seq(), SessionCommands.WHEN.format(e.ts()), e.auditor(), writers.roleOf(e), EventSentences.of(e));
            }
            return t.render().stripTrailing();
        }
        TextTable t = new TextTable(Labels.headers("journal.h.seq", "journal.h.when", "journal.h.who", "journal.h.what"))
                .alignRight(0).maxColumnWidth(70);
        for (Event e : events.subList(from, events.size())) {
            t.row(e.seq(), SessionCommands.WHEN.format(e.ts()), e.auditor(), EventSentences.of(e));
        }
        return t.render().stripTrailing();
    }

    /** A warning for each line whose database role wrote as another team member than it writes as. */
    static void warnImpersonations(ShellContext ctx, Writers writers, List<Event> events) {
        // one line for each role and name it wrote as: its first such line and how many
        java.util.Map<List<String>, List<Writers.Impersonation>> byPair = new java.util.LinkedHashMap<>();
        for (Writers.Impersonation i : writers.impersonations(events)) {
            byPair.computeIfAbsent(List.of(i.role(), i.auditor()), k -> new java.util.ArrayList<>()).add(i);
        }
        for (List<Writers.Impersonation> same : byPair.values()) {
            Writers.Impersonation i = same.get(0);
            ctx.warn(Texts.get("journal.role-as-other", i.seq(), i.role(), i.auditor(), String.join(", ", i.usual()),
                    same.size()));
        }
    }
}
