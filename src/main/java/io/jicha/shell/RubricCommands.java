package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.rubric.InvalidRubricException;
import io.jicha.rubric.LoadedRubric;
import io.jicha.rubric.Problem;
import io.jicha.rubric.Rubric;
import io.jicha.rubric.RubricBook;
import io.jicha.rubric.RubricLoader;
import io.jicha.rubric.RubricValidator;
import io.jicha.rubric.Points;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** rubric validate / load / list / show. */
@Component
public class RubricCommands implements StatusContributor {

    private final ShellContext ctx;
    private final Console console;

    public RubricCommands(ShellContext ctx, Console console) {
        this.ctx = ctx;
        this.console = console;
    }

    @Command(name = {"rubric", "validate"}, group = "Rubric",
            description = "Check rubric files (no session needed) and report every problem with its line")
    public String validate(CommandContext context) {
        List<String> files = context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
        if (files.isEmpty()) {
            throw UserError.of("rubric.give-one-more-rubric-files");
        }
        PrintWriter out = context.outputWriter();
        List<String> ok = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int count = 0;
        for (String file : files) {
            byte[] bytes;
            try {
                bytes = RubricLoader.read(Path.of(file));
            } catch (UserError e) {
                out.println(e.getMessage());
                count++;
                failed.add(file);
                continue;
            }
            List<Problem> problems = RubricValidator.validate(file, bytes);
            if (problems.isEmpty()) {
                Rubric r = RubricLoader.parse(file, bytes);
                ok.add(Texts.get("rubric.file-ok", file, summary(r)));
            } else {
                problems.forEach(p -> out.println(p));
                count += problems.size();
                failed.add(file);
            }
        }
        if (!failed.isEmpty()) {
            ok.forEach(out::println);
            out.flush();
            throw UserError.of(count == 1 ? "rubric.problem-in" : "rubric.problems-in", count, String.join(", ", failed));
        }
        return String.join("\n", ok);
    }

    @Command(name = {"rubric", "load"}, group = "Rubric",
            description = "Add a rubric to the open session, pinned by the SHA-256 of the file")
    public String load(@Argument(index = 0, description = "rubric file, or the name of a shipped rubric (penalty-case)") String given) {
        Args.required(Texts.get("rubric.the-rubric-file"), given);
        RubricLoader.Source source = RubricLoader.fileOrShipped(given);
        String file = source.file();
        byte[] bytes = source.bytes();
        Session session = ctx.session();
        RubricBook.LoadDecision preview = decide(session.state(), file, bytes, console.outWriter());
        if (preview.changesNothing()) {
            return Texts.get("rubric.same-content", preview.rubric().label(), preview.sha256().substring(0, 12));
        }
        String auditor = ctx.auditor();
        RubricBook.LoadDecision[] decided = new RubricBook.LoadDecision[1];
        session.append(auditor, state -> {
            decided[0] = decide(state, file, bytes, console.outWriter());
            return decided[0].events();
        });
        RubricBook.LoadDecision d = decided[0];
        String replaced = d.replaces()
                .map(r -> Texts.get("rubric.replaces", r.rubric().label(), d.rubric().appliesTo()))
                .orElse("");
        return Texts.get("rubric.loaded-one", d.rubric().label(), d.rubric().title(), summary(d.rubric()),
                d.sha256().substring(0, 12)) + replaced;
    }

    private static RubricBook.LoadDecision decide(SessionState state, String file, byte[] bytes, PrintWriter out) {
        try {
            return RubricBook.decideLoad(state, file, bytes);
        } catch (InvalidRubricException e) {
            e.problems().forEach(p -> out.println(p));
            out.flush();
            int n = e.problems().size();
            throw UserError.of("rubric.nothing-was-loaded", Texts.get(n == 1 ? "rubric.problem-in" : "rubric.problems-in", n, file));
        }
    }

    @Command(name = {"rubric", "list"}, group = "Rubric", description = "List the rubrics loaded in the session")
    public String list() {
        List<LoadedRubric> all = ctx.session().state().get(RubricBook.class).all();
        if (all.isEmpty()) {
            return Texts.get("rubric.none-loaded");
        }
        return RubricView.list(all);
    }

    @Command(name = {"rubric", "show"}, group = "Rubric",
            description = "Show a loaded rubric's sections and criteria, or one section in full",
            completionProvider = "rubricIdCompletion")
    public String show(@Argument(index = 0, description = "rubric id") String id,
                       @Option(longName = "section", description = "only this section, with full text and guidance")
                       String section) {
        Args.required(Texts.get("rubric.the-rubric-id"), id);
        LoadedRubric loaded = ctx.session().state().get(RubricBook.class).require(id);
        return RubricView.show(loaded, section);
    }

    @Override
    public List<String> statusLines(SessionState state) {
        List<LoadedRubric> all = state.get(RubricBook.class).all();
        if (all.isEmpty()) {
            return List.of(Labels.line("rubric.l.rubrics", Texts.get("rubric.status-none")));
        }
        List<String> names = all.stream().map(r -> r.rubric().label() + " (" + r.rubric().appliesTo() + ")").toList();
        return List.of(Labels.line("rubric.l.rubrics", String.join(", ", names)));
    }

    private static String summary(Rubric r) {
        int criteria = r.criterionCodes().size();
        int veto = r.vetoCriteria().size();
        return Texts.get(veto > 0 ? "rubric.summary-veto" : "rubric.summary", r.appliesTo().code(), Points.format(r.total()),
                r.sections().size(), criteria, veto);
    }
}
